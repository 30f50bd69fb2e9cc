import './settled-text.css';

interface SettledTextProps<Key extends string> {
  /** Every text the line may turn out to say. */
  texts: Record<Key, string>;
  /** The one that is true, or null while the app does not know yet. */
  shown: Key | null;
  className?: string;
}

/**
 * A line whose text is known only after the page is drawn (an answer from the browser). All its
 * possible texts are laid over each other, unseen but the true one, so the line is as tall as the
 * tallest in every language and width, and the answer moves nothing below it.
 */
export function SettledText<Key extends string>({
  texts,
  shown,
  className,
}: SettledTextProps<Key>) {
  const keys = Object.keys(texts) as Key[];
  return (
    <p className={className ? `settled-text ${className}` : 'settled-text'}>
      {keys.map((key) => (
        <span
          key={key}
          className={key === shown ? undefined : 'is-pending'}
          aria-hidden={key !== shown}
        >
          {texts[key]}
        </span>
      ))}
    </p>
  );
}
