/**
 * A dated vertical line on a trend chart; `date` is an ISO calendar day. `kind` tells a medication start, dose change or
 * stop (dashed purple, the default) from a level-of-care admission, transfer or discharge (solid blue).
 */
export interface ChartMarker {
  readonly date: string;
  readonly label: string;
  readonly kind?: 'medication' | 'level-of-care';
}
