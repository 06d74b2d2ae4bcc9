// The board's code, in the two parts that load only when someone opens a board: the board
// page, and the canvas (tldraw, most of the app's code). Both can be asked for early.
import { preloadable } from '../ui/preloadable.tsx'

export const boardViewCode = preloadable(() => import('./BoardView.tsx').then((module) => module.BoardView))
export const canvasCode = preloadable(() => import('./CanvasView.tsx').then((module) => module.CanvasView))
