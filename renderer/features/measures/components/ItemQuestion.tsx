import { Group, Radio } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import type { Answer, InstrumentDefinition, Item } from '../../../../shared/instruments';
import { itemLabel, keyForOption, optionForKey, optionValue } from '../instrument-forms';

interface Props {
  readonly def: InstrumentDefinition;
  readonly item: Item;
  readonly number: number;
  readonly value: Answer | undefined;
  readonly onAnswer: (itemId: string, answer: Answer) => void;
}

/** One required item as a labelled radio group; a number key answers the focused item (arrows move as usual). */
export function ItemQuestion({ def, item, number, value, onAnswer }: Props) {
  const keys = item.options.map(keyForOption).join(', ');
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const option = optionForKey(item, event.key);
    if (!option || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    onAnswer(item.id, option.value);
  };
  return (
    <Radio.Group
      label={`${String(number)}. ${itemLabel(def, item) ?? item.id}`}
      description={`Press ${keys} to answer.`}
      withAsterisk
      value={value === undefined || value === null ? null : String(value)}
      onChange={(radio) => {
        const answer = optionValue(item, radio);
        if (answer !== undefined) onAnswer(item.id, answer);
      }}
      onKeyDown={onKeyDown}
    >
      <Group mt="xs" gap="md">
        {item.options.map((option) => (
          <Radio key={String(option.value)} value={String(option.value)} label={`${option.label ?? ''} (${keyForOption(option)})`} />
        ))}
      </Group>
    </Radio.Group>
  );
}
