// The current time, refreshed every `intervalMs` while `ticking`, for countdowns.
import { useEffect, useState } from 'react'

export function useNow(ticking: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    setNow(Date.now())
    if (!ticking) return
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs)
    return () => window.clearInterval(timer)
  }, [ticking, intervalMs])
  return now
}
