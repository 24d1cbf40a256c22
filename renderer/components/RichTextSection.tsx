import { Input, Typography } from '@mantine/core';
import { RichTextEditor } from '@mantine/tiptap';
import type { EditorView } from '@tiptap/pm/view';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId, useMemo } from 'react';
import { sanitizeNoteHtml } from '../../shared/domain/note-html';
import { htmlToText } from '../../shared/domain/notes';

/*
 * A labelled rich-text field whose value is an HTML string, on Mantine's tiptap editor (DESIGN.md). Output is always
 * passed through sanitizeNoteHtml, so only the tags a note section may hold are ever stored.
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

// Only what the toolbar and the sanitizer agree on: paragraphs, bold, italic, lists (and the small headings,
// blockquotes and line breaks stored notes may already hold). Links, code, strike and rules are not note content.
const EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [3, 4] },
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    link: false,
  }),
];

const LABELS = {
  boldControlLabel: 'Bold',
  italicControlLabel: 'Italic',
  bulletListControlLabel: 'Bulleted list',
  orderedListControlLabel: 'Numbered list',
};

/** An editor's HTML as stored: sanitized, and '' when nothing visible is left (an empty paragraph or list). */
function stored(html: string): string {
  const clean = sanitizeNoteHtml(html);
  return htmlToText(clean) === '' ? '' : clean;
}

/** A labelled rich-text field (bold, italic, lists); value and onChange carry sanitized HTML. */
export function RichTextSection({ label, description, value, onChange, onBlur, error, readOnly = false, minHeight = 96 }: Props) {
  const id = useId();
  const labelId = `${id}-label`;
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [description ? descriptionId : '', error ? errorId : ''].filter(Boolean).join(' ');

  // Kept stable between renders: useEditor re-applies options only when one of them changes.
  const editorProps = useMemo(
    () => ({
      attributes: {
        role: 'textbox',
        tabindex: '0',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': 'true' } : {}),
        ...(readOnly ? { 'aria-readonly': 'true' } : {}),
        style: `min-height: ${String(minHeight)}px; overflow-wrap: anywhere`,
      },
      // Pasted text comes in as plain text: styles and markup from other programs never reach a note.
      handlePaste: (view: EditorView, event: ClipboardEvent) => {
        const text = event.clipboardData?.getData('text/plain');
        if (text === undefined) return false;
        view.dispatch(view.state.tr.insertText(text));
        return true;
      },
    }),
    [labelId, describedBy, error, readOnly, minHeight],
  );

  const editor = useEditor({
    extensions: EXTENSIONS,
    content: sanitizeNoteHtml(value),
    editable: !readOnly,
    editorProps,
    onUpdate: ({ editor: e }) => {
      onChange(stored(e.getHTML()));
    },
    onBlur: () => {
      onBlur?.();
    },
  });

  useEffect(() => {
    if (editor.isEditable === readOnly) editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  // The editor owns the text while it is used; outside values (a loaded draft, "start from last note") are written
  // in only when they differ from what it holds, so typing never moves the caret.
  useEffect(() => {
    if (editor.isDestroyed || stored(editor.getHTML()) === value) return;
    editor.commands.setContent(sanitizeNoteHtml(value), { emitUpdate: false });
  }, [editor, value]);

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
      <RichTextEditor editor={editor} labels={LABELS} mt={4} style={error ? { borderColor: 'var(--mantine-color-error)' } : undefined}>
        {!readOnly && (
          <RichTextEditor.Toolbar role="toolbar" aria-label={`${label} formatting`}>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Bold title="Bold (Ctrl+B)" />
              <RichTextEditor.Italic title="Italic (Ctrl+I)" />
              <RichTextEditor.BulletList />
              <RichTextEditor.OrderedList />
            </RichTextEditor.ControlsGroup>
          </RichTextEditor.Toolbar>
        )}
        <RichTextEditor.Content />
      </RichTextEditor>
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
