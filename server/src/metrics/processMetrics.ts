// The Node process's own health: memory, CPU time and how late the event loop runs, which
// is what people feel as lag on the board when the server is overloaded.
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { CounterFunction, Gauge, type MetricsRegistry } from './MetricsRegistry.ts'

/** Event-loop delay is sampled this often (ms); finer costs CPU for no gain in a workshop. */
const LAG_RESOLUTION_MS = 20
const NS_PER_SECOND = 1e9

export function addProcessMetrics(registry: MetricsRegistry): void {
  registry.add(new Gauge('process_resident_memory_bytes', 'Resident memory size in bytes.', (set) => set(process.memoryUsage.rss())))
  registry.add(new Gauge('process_heap_used_bytes', 'V8 heap in use, in bytes.', (set) => set(process.memoryUsage().heapUsed)))
  registry.add(
    new CounterFunction('process_cpu_seconds_total', 'User and system CPU time spent, in seconds.', () => {
      const { user, system } = process.cpuUsage()
      return (user + system) / 1e6
    }),
  )
  const startedAt = Date.now() / 1000 - process.uptime()
  registry.add(new Gauge('process_start_time_seconds', 'When the process started, in seconds since the epoch.', (set) => set(startedAt)))

  const delay = monitorEventLoopDelay({ resolution: LAG_RESOLUTION_MS })
  delay.enable()
  registry.add(
    new Gauge(
      'roundtable_event_loop_lag_seconds',
      'How late the event loop ran since the previous scrape, by quantile (1 is the worst).',
      (set) => {
        // The monitor records the time between its own ticks, so an idle loop reads as the resolution itself.
        const seconds = (ns: number) => (delay.count === 0 ? 0 : Math.max(0, ns / NS_PER_SECOND - LAG_RESOLUTION_MS / 1000))
        set(seconds(delay.percentile(50)), { quantile: '0.5' })
        set(seconds(delay.percentile(99)), { quantile: '0.99' })
        set(seconds(delay.max), { quantile: '1' })
        // Cleared at each scrape, so a spike shows once instead of being averaged away over the process's life.
        delay.reset()
      },
    ),
  )
}
