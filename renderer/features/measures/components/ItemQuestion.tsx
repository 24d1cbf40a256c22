import { Group, NumberInput, Radio } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import type { Answer, InstrumentDefinition, Item } from '../../../../shared/instruments';
import { onScale } from '../../../../shared/instruments/scoring';
import { itemLabel, keyForOption, optionForKey, optionValue } from '../instrument-forms';

interface Props {
  readonly def: InstrumentDefinition;
  readonly item: Item;
  readonly number: number;
  readonly value: Answer | undefined;
  readonly onAnswer: (itemId: string, answer: Answer) => void;
  /** Paper-form entry: the item may be marked missing (key M). Undefined when items are required. */
  readonly onMissing?: ((itemId: string) => void) | undefined;
  readonly missing?: boolean;
}

const MISSING = 'missing';

/** One required item: a radio group of options, or a number for a visual-analogue line. */
export function ItemQuestion(props: Props) {
  return props.item.continuous ? <LineQuestion {...props} /> : <ChoiceQuestion {...props} />;
}

/** A visual-analogue item (ORS) entered as its measured value, e.g. 6.4 on a 0–10 line, or a count (HRQOL-4 days). */
function LineQuestion({ def, item, number, value, onAnswer }: Props) {
  const scale = item.continuous;
  if (!scale) return null;
  return (
    <NumberInput
      label={`${String(number)}. ${itemLabel(def, item) ?? item.id}`}
      description={
        Number.isInteger(scale.step)
          ? `A whole number from ${String(scale.min)} to ${String(scale.max)}.`
          : `The mark on the line, from ${String(scale.min)} to ${String(scale.max)} in steps of ${String(scale.step)}.`
      }
      withAsterisk
      min={scale.min}
      max={scale.max}
      step={scale.step}
      clampBehavior="none"
      w={260}
      value={typeof value === 'number' ? value : ''}
      error={
        typeof value === 'number' && !onScale(scale, value)
          ? `${String(value)} is not on the line: enter ${String(scale.min)} to ${String(scale.max)} in steps of ${String(scale.step)}.`
          : null
      }
      onChange={(v) => {
        onAnswer(item.id, typeof v === 'number' ? v : null);
      }}
    />
  );
}

/** One required item as a labelled radio group; a number key answers the focused item (arrows move as usual). */
function ChoiceQuestion({ def, item, number, value, onAnswer, onMissing, missing = false }: Props) {
  const keys = [...item.options.map(keyForOption), ...(onMissing ? ['M (missing on the paper form)'] : [])].join(', ');
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (onMissing && event.key.toLowerCase() === 'm') {
      event.preventDefault();
      onMissing(item.id);
      return;
    }
    const option = optionForKey(item, event.key);
    if (!option) return;
    event.preventDefault();
    onAnswer(item.id, option.value);
  };
  return (
    <Radio.Group
      label={`${String(number)}. ${itemLabel(def, item) ?? item.id}`}
      description={`Press ${keys} to answer.`}
      withAsterisk
      value={missing ? MISSING : value === undefined || value === null ? null : String(value)}
      onChange={(radio) => {
        if (radio === MISSING) {
          onMissing?.(item.id);
          return;
        }
        const answer = optionValue(item, radio);
        if (answer !== undefined) onAnswer(item.id, answer);
      }}
      onKeyDown={onKeyDown}
    >
      <Group mt="xs" gap="md">
        {item.options.map((option) => (
          <Radio key={String(option.value)} value={String(option.value)} label={`${option.label ?? ''} (${keyForOption(option)})`} />
        ))}
        {onMissing && <Radio value={MISSING} label="Missing on the paper form (M)" />}
      </Group>
    </Radio.Group>
  );
}
