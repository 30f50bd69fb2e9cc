interface FileButtonProps {
  label: string;
  accept: string;
  onFile: (file: File) => void;
}

/** A file chooser that looks like a button; the input stays focusable for keyboard users. */
export function FileButton({ label, accept, onFile }: FileButtonProps) {
  return (
    <label className="button file-button">
      {label}
      <input
        type="file"
        accept={accept}
        className="visually-hidden"
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          // Cleared so that choosing the same file again fires a change.
          input.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
