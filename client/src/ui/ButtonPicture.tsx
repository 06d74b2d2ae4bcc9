// A picture beside a button's words. Shown in easy read (the stylesheet hides it otherwise),
// and hidden from screen readers, which read the words.
export function ButtonPicture({ emoji }: { emoji: string }) {
  return (
    <span className="button-picture" aria-hidden="true">
      {emoji}
    </span>
  )
}
