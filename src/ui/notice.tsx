import type { ReactNode } from 'react';

interface NoticeProps {
  tone: 'info' | 'warning' | 'error' | 'success';
  title?: string;
  children: ReactNode;
  actions?: ReactNode;
}

/** A message block. Errors are announced at once (role=alert); the rest politely (role=status). */
export function Notice({ tone, title, children, actions }: NoticeProps) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title ? <p className="notice-title">{title}</p> : null}
      <div>{children}</div>
      {actions ? <div className="button-row">{actions}</div> : null}
    </div>
  );
}
