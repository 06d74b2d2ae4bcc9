// Reads Postgres rows back through checks: node-postgres gives bigint columns as strings
// (to keep every digit) and bytea as a Buffer; both become what the Storage interface promises.
import { field, textField } from './sqliteRows.ts'

export { textField }

/** A bigint or integer column as a number; throws beyond 2^53, which no seq or time reaches. */
export function numberField(row: unknown, name: string): number {
  const value = field(row, name)
  const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value
  if (typeof number !== 'number' || !Number.isSafeInteger(number)) throw new Error(`stored ${name} is not an integer`)
  return number
}

export function optionalNumberField(row: unknown, name: string): number | null {
  return field(row, name) === null ? null : numberField(row, name)
}

export function byteaField(row: unknown, name: string): Uint8Array {
  const value = field(row, name)
  if (!(value instanceof Uint8Array)) throw new Error(`stored ${name} is not bytes`)
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
}
