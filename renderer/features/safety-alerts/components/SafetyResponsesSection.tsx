import type { ChartTabProps } from '../../../modules';
import { useSafetyAcks } from '../useSafetyAcks';
import { AckHistory } from './AckHistory';

/** The client's signed safety responses, under the *Measures* tab's trajectories (nothing until there is one). */
export function SafetyResponsesSection({ client }: ChartTabProps) {
  const data = useSafetyAcks(client.id);
  return data ? <AckHistory acks={data.acks} staffNames={data.staffNames} /> : null;
}
