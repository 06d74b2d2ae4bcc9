// Runs inside the page before the app (an init script, plain JavaScript so it is injected as
// written) and records on the page's own clock (performance.now(), from navigation start):
// when the board's data arrives, when the first idea card appears, when a card first opens for editing, when a marked remote
// update arrives on the WebSocket and when the last card of that batch enters the DOM; and it
// counts animation frames on request. The figures are read back as window.benchProbe.figures.
;(() => {
  const figures = { boardDataAt: null, firstCardAt: null, firstEditingAt: null, batchArrivedAt: null, batchDoneAt: null, frames: null }
  let batch = null
  const BOARD_DATA_BYTES = 64 * 1024
  let framing = null

  const NativeSocket = window.WebSocket
  window.WebSocket = class extends NativeSocket {
    constructor(url, protocols) {
      super(url, protocols)
      // Added before the provider sets onmessage, so this runs first and times the arrival.
      this.addEventListener('message', (event) => {
        if (!(event.data instanceof ArrayBuffer)) return
        const at = performance.now()
        // The board itself: the first big message (sync step 2 of a board of thousands of ideas).
        if (figures.boardDataAt === null && event.data.byteLength >= BOARD_DATA_BYTES) figures.boardDataAt = at
        if (!batch || figures.batchArrivedAt !== null) return
        if (new TextDecoder('latin1').decode(event.data).includes(batch.marker)) figures.batchArrivedAt = at
      })
    }
  }

  const observer = new MutationObserver((records) => {
    const at = performance.now()
    for (const record of records) {
      if (record.type === 'attributes') {
        if (figures.firstEditingAt === null && record.target.matches('.idea-card.is-editing')) figures.firstEditingAt = at
        continue
      }
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue
        if (figures.firstEditingAt === null && (node.matches('.idea-card.is-editing') || node.querySelector('.idea-card.is-editing'))) {
          figures.firstEditingAt = at
        }
        if (figures.firstCardAt === null && (node.matches('[data-testid="idea-text"]') || node.querySelector('[data-testid="idea-text"]'))) {
          figures.firstCardAt = at
        }
        if (batch && figures.batchDoneAt === null) {
          const shapes = node.matches('[data-shape-id]') ? [node] : [...node.querySelectorAll('[data-shape-id]')]
          for (const shape of shapes) {
            const id = shape.getAttribute('data-shape-id') || ''
            if (id.startsWith(batch.shapePrefix)) batch.seen.add(id)
          }
          if (batch.seen.size >= batch.count) figures.batchDoneAt = at
        }
      }
    }
  })
  const observe = () =>
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] })
  if (document.documentElement) observe()
  else document.addEventListener('readystatechange', observe, { once: true })

  const frame = (time) => {
    if (!framing || !framing.running) return
    framing.count++
    framing.longestMs = Math.max(framing.longestMs, time - framing.last)
    framing.last = time
    requestAnimationFrame(frame)
  }

  window.benchProbe = {
    figures,
    armBatch(marker, shapePrefix, count) {
      figures.batchArrivedAt = null
      figures.batchDoneAt = null
      batch = { marker, shapePrefix, count, seen: new Set() }
    },
    startFrames() {
      const now = performance.now()
      framing = { running: true, count: 0, longestMs: 0, started: now, last: now }
      requestAnimationFrame(frame)
    },
    stopFrames() {
      if (!framing) return
      framing.running = false
      figures.frames = { count: framing.count, longestMs: framing.longestMs, ms: performance.now() - framing.started }
    },
  }
})()
