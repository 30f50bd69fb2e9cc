import { startTransition, useEffect, useState } from 'react';
import type { Invitation } from '../../domain/review/review';
import { unpackInvitation } from '../../links/invitation-link';
import type { LinkErrorCode } from '../../links/link-result';
import { codeFromText } from '../../links/link-url';
import { useAppStore } from '../../stores/app-store';

export type InvitationState =
  | { status: 'reading' }
  | { status: 'missing' }
  | { status: 'refused'; reason: LinkErrorCode }
  | { status: 'ready'; invitation: Invitation };

/** Decodes the invitation carried in the address fragment (or pasted by the rater), and opens it. */
export function useInvitation(text: string): InvitationState {
  const [state, setState] = useState<{ text: string; value: InvitationState } | null>(null);
  useEffect(() => {
    if (codeFromText(text) === '') return;
    let isCurrent = true;
    void unpackInvitation(codeFromText(text)).then((result) => {
      if (!isCurrent) return;
      // The rater's draft is made as the link is read (kept as it is on a reload), so the form
      // draws in the same render as the invitation instead of one render later.
      if (result.ok) useAppStore.getState().openInvitation(result.value);
      // What the link holds can be a whole form to draw: in slices, not as one long task.
      startTransition(() => {
        setState({
          text,
          value: result.ok
            ? { status: 'ready', invitation: result.value }
            : { status: 'refused', reason: result.error.code },
        });
      });
    });
    return () => {
      isCurrent = false;
    };
  }, [text]);
  if (codeFromText(text) === '') {
    // Text with nothing that could be a code ("see #") deserves a reason, not a silent reset.
    return text.trim() === '' ? { status: 'missing' } : { status: 'refused', reason: 'not-a-code' };
  }
  return state?.text === text ? state.value : { status: 'reading' };
}
