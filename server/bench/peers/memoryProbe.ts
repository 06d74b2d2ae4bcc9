// Preloaded (node --expose-gc --import) into every server the benchmark starts: on SIGUSR2
// it runs a full garbage collection and prints the process's memory use on one stderr line,
// so idle memory is compared after a GC and without touching any server's code.
export const MEMORY_LINE_PREFIX = 'BENCH_MEMORY '

process.on('SIGUSR2', () => {
  const collect = (globalThis as { gc?: () => void }).gc
  collect?.()
  // A second pass frees what the first one's finalizers released.
  collect?.()
  process.stderr.write(`${MEMORY_LINE_PREFIX}${JSON.stringify({ ...process.memoryUsage(), collected: collect !== undefined })}\n`)
})
