// Reads stored rows back through checks, like any input from outside the process, and
// hands byte arrays to SQLite without copying them.

export function field(row: unknown, name: string): unknown {
  if (typeof row !== 'object' || row === null) throw new Error('stored row is not an object')
  return (row as Record<string, unknown>)[name]
}

export function textField(row: unknown, name: string): string {
  const value = field(row, name)
  if (typeof value !== 'string') throw new Error(`stored ${name} is not text`)
  return value
}

export function integerField(row: unknown, name: string): number {
  const value = field(row, name)
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new Error(`stored ${name} is not an integer`)
  return value
}

export function optionalIntegerField(row: unknown, name: string): number | null {
  return field(row, name) === null ? null : integerField(row, name)
}

export function blobField(row: unknown, name: string): Uint8Array {
  const value = field(row, name)
  if (!(value instanceof Uint8Array)) throw new Error(`stored ${name} is not a blob`)
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
}

export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
