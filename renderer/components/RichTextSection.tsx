import { Box, Button, Group, Input, Typography } from '@mantine/core';
import { useCallback, useEffect, useId, useRef, useState, type ClipboardEvent } from 'react';
import { sanitizeNoteHtml } from '../../shared/domain/note-html';
import { htmlToText } from '../../shared/domain/notes';

/*
 * A labelled rich-text field whose value is an HTML string. DESIGN.md names @mantine/tiptap for this; it is not in
 * package.json yet (no dependency may be added here), so this is a contentEditable editor with the same props, whose
 * output is always passed through sanitizeNoteHtml. Swapping in <RichTextEditor> later changes only this file.
 */

interface Props {
  readonly label: string;
  /** What belongs in the field; read by screen readers with the field. */
  readonly description?: string;
  readonly value: string;
  readonly onChange: (html: string) => void;
  readonly onBlur?: () => void;
  readonly error?: string;
  readonly readOnly?: boolean;
  readonly minHeight?: number;
}

const COMMANDS = [
  { command: 'bold', label: 'Bold', text: 'B', shortcut: 'Ctrl+B' },
  { command: 'italic', label: 'Italic', text: 'I', shortcut: 'Ctrl+I' },
  { command: 'insertUnorderedList', label: 'Bulleted list', text: '• List', shortcut: '' },
  { command: 'insertOrderedList', label: 'Numbered list', text: '1. List', shortcut: '' },
] as const;
type Command = (typeof COMMANDS)[number]['command'];

/** An editor's HTML as stored: sanitized, and '' when nothing visible is left (a lone <br> or empty list). */
function valueOf(el: HTMLElement): string {
  const html = sanitizeNoteHtml(el.innerHTML);
  return htmlToText(html) === '' ? '' : html;
}

// execCommand/queryCommandState are deprecated but are still the contentEditable editing API every Chromium ships;
// they are confined to these two functions so the tiptap swap removes them in one place.
function editCommand(command: Command | 'insertText' | 'defaultParagraphSeparator', text?: string): void {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- see above: the only editing API without a dependency
  document.execCommand(command, false, text);
}
function commandActive(command: Command): boolean {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- see above
  return document.queryCommandState(command);
}

function useActiveCommands(): [ReadonlySet<Command>, () => void] {
  const [active, setActive] = useState<ReadonlySet<Command>>(new Set());
  const refresh = useCallback(() => {
    setActive(new Set(COMMANDS.filter((c) => commandActive(c.command)).map((c) => c.command)));
  }, []);
  return [active, refresh];
}

/** A labelled rich-text field (bold, italic, lists); value and onChange carry sanitized HTML. */
export function RichTextSection({ label, description, value, onChange, onBlur, error, readOnly = false, minHeight = 96 }: Props) {
  const id = useId();
  const labelId = `${id}-label`;
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const editor = useRef<HTMLDivElement>(null);
  const [active, refreshActive] = useActiveCommands();

  // The DOM owns the text while the field has focus; outside values (a loaded draft, "start from last note") are
  // written in only when they differ, so typing never moves the caret.
  useEffect(() => {
    const el = editor.current;
    if (!el || valueOf(el) === value) return;
    el.innerHTML = sanitizeNoteHtml(value);
  }, [value]);

  const emit = () => {
    if (editor.current) onChange(valueOf(editor.current));
  };
  const run = (command: Command) => {
    editor.current?.focus();
    editCommand(command);
    refreshActive();
    emit();
  };
  const paste = (event: ClipboardEvent<HTMLDivElement>) => {
    // Pasted text comes in as plain text: styles and markup from other programs never reach a note.
    event.preventDefault();
    editCommand('insertText', event.clipboardData.getData('text/plain'));
  };
  const describedBy = [description ? descriptionId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;

  return (
    <Input.Wrapper
      label={label}
      description={description}
      error={error}
      labelElement="div"
      labelProps={{ id: labelId }}
      descriptionProps={{ id: descriptionId }}
      errorProps={{ id: errorId }}
    >
      <Box mt={4} style={{ border: `1px solid ${error ? 'var(--mantine-color-error)' : 'var(--mantine-color-default-border)'}`, borderRadius: 'var(--mantine-radius-sm)' }}>
        {!readOnly && (
          <Group gap={4} p={4} role="toolbar" aria-label={`${label} formatting`} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
            {COMMANDS.map((c) => (
              <Button
                key={c.command}
                size="compact-xs"
                variant={active.has(c.command) ? 'filled' : 'default'}
                aria-label={c.label}
                aria-pressed={active.has(c.command)}
                title={c.shortcut ? `${c.label} (${c.shortcut})` : c.label}
                onMouseDown={(e) => {
                  e.preventDefault(); // keep the selection in the editor
                }}
                onClick={() => {
                  run(c.command);
                }}
              >
                {c.text}
              </Button>
            ))}
          </Group>
        )}
        <Typography>
          <div
            ref={editor}
            role="textbox"
            tabIndex={0}
            aria-multiline="true"
            aria-labelledby={labelId}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            aria-readonly={readOnly || undefined}
            contentEditable={!readOnly}
            suppressContentEditableWarning
            onFocus={() => {
              // Enter makes a paragraph, not a <div>, so stored sections are plain paragraphs.
              editCommand('defaultParagraphSeparator', 'p');
            }}
            onInput={emit}
            onBlur={onBlur}
            onKeyUp={refreshActive}
            onMouseUp={refreshActive}
            onPaste={paste}
            style={{ minHeight, padding: '8px 12px', outline: 'none', overflowWrap: 'anywhere' }}
          />
        </Typography>
      </Box>
    </Input.Wrapper>
  );
}

/** Read-only display of a stored section's HTML (sanitized again: stored text may come from another laptop). */
export function RichTextView({ html }: { readonly html: string }) {
  return (
    <Typography>
      <div dangerouslySetInnerHTML={{ __html: sanitizeNoteHtml(html) }} />
    </Typography>
  );
}
