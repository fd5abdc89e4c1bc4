import type { KeyboardCoordinateGetter } from '@dnd-kit/core'

/** Arrow keys move a dragged card one whole board column left or right. */
export const columnJump: KeyboardCoordinateGetter = (event, args) => {
  const { context, currentCoordinates } = args
  const dragged = context.collisionRect
  if (!dragged) return undefined

  const center = dragged.left + dragged.width / 2
  const columns = [...context.droppableRects.values()]
    .map((rect) => rect.left + rect.width / 2)
    .sort((a, b) => a - b)
  const target =
    event.code === 'ArrowRight'
      ? columns.find((x) => x > center + 1)
      : event.code === 'ArrowLeft'
        ? columns.findLast((x) => x < center - 1)
        : undefined
  if (target === undefined) return undefined

  return { x: currentCoordinates.x + target - center, y: currentCoordinates.y }
}
