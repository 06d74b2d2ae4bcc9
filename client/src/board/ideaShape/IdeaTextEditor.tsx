// The text box for editing an idea, bound to the idea's shared text: your typing goes in
// as small splices and other people's typing comes in without moving your cursor.
import { Limits, applyTextChange } from '@roundtable/shared'
import { type Editor, stopEventPropagation } from 'tldraw'
import { useEffect, useLayoutEffect, useRef } from 'react'
import type * as Y from 'yjs'
import { useT } from '../../i18n/useT.ts'
import { caretAfter } from './caret.ts'
import type { IdeaShape } from './ideaShapeSchema.ts'

export function IdeaTextEditor({ text, shape, editor }: { text: Y.Text; shape: IdeaShape; editor: Editor }) {
  const t = useT()
  const box = useRef<HTMLTextAreaElement>(null)

  useLayoutEffect(() => {
    const element = box.current
    if (!element) return
    element.value = text.toString()
    const takeFocus = () => {
      if (document.activeElement === element) return
      element.focus({ preventScroll: true })
      element.setSelectionRange(element.value.length, element.value.length)
    }
    takeFocus()
    // A double-click's own mousedown focuses the canvas after this runs; take focus back once it has.
    const frame = requestAnimationFrame(takeFocus)
    return () => cancelAnimationFrame(frame)
  }, [text])

  useEffect(() => {
    const onRemoteEdit = (event: Y.YTextEvent) => {
      const element = box.current
      if (!element || event.transaction.local) return
      const start = caretAfter(event.delta, element.selectionStart)
      const end = caretAfter(event.delta, element.selectionEnd)
      element.value = text.toString()
      element.setSelectionRange(start, end)
    }
    text.observe(onRemoteEdit)
    return () => text.unobserve(onRemoteEdit)
  }, [text])

  const onInput = () => {
    const element = box.current
    if (!element) return
    applyTextChange(text, element.value.slice(0, Limits.maxIdeaLength))
    growToFit(element)
  }

  // Longer ideas make the card taller rather than hiding words.
  const growToFit = (element: HTMLTextAreaElement) => {
    const overflow = element.scrollHeight - element.clientHeight
    const current = editor.getShape<IdeaShape>(shape.id)
    if (overflow > 1 && current) {
      editor.updateShape<IdeaShape>({ id: shape.id, type: shape.type, props: { h: current.props.h + overflow } })
    }
  }

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape' || (event.key === 'Enter' && (event.metaKey || event.ctrlKey))) {
      event.preventDefault()
      event.stopPropagation()
      editor.setEditingShape(null)
      editor.setCurrentTool('select')
      editor.focus()
      return
    }
    // Keys typed here are words, not canvas shortcuts.
    event.stopPropagation()
  }

  return (
    <textarea
      ref={box}
      className="idea-editor"
      aria-label={t('board.idea.textBox')}
      dir="auto"
      data-testid="idea-text-editor"
      maxLength={Limits.maxIdeaLength}
      onInput={onInput}
      onKeyDown={onKeyDown}
      onPointerDown={stopEventPropagation}
      onTouchStart={stopEventPropagation}
      onWheel={stopEventPropagation}
    />
  )
}
