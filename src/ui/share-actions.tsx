import { useState } from 'react';

interface ShareActionsProps {
  /** What is copied and shared. */
  text: string;
  mailto: string | null;
  shareTitle: string;
  labels: { copy: string; copied: string; copyFailed: string; mail: string; share: string };
}

/** Copy, mail and (where the browser has it) the system share sheet for one link. */
export function ShareActions({ text, mailto, shareTitle, labels }: ShareActionsProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const canShare = typeof navigator.share === 'function';
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setStatus('copied'),
      () => setStatus('failed'),
    );
  };
  return (
    <div className="button-row">
      <button type="button" className="button" onClick={copy}>
        {labels.copy}
      </button>
      {mailto ? (
        <a className="button" href={mailto}>
          {labels.mail}
        </a>
      ) : null}
      {canShare ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            navigator.share({ title: shareTitle, text }).catch(() => undefined);
          }}
        >
          {labels.share}
        </button>
      ) : null}
      <span role="status" className="hint">
        {status === 'copied' ? labels.copied : status === 'failed' ? labels.copyFailed : ''}
      </span>
    </div>
  );
}
