/**
 * What a soak cycle asks of the laptops' texts (docs/sync.md "Soak"). Pure, so the rule has its own unit test
 * (test/unit/sync/soak-texts.test.ts).
 *
 * Every text typed in a cycle must survive on every laptop, as the kept version or as a conflict copy, except a text
 * an online edit replaced: the laptop that made the edit held that text as its current version when a person typed
 * over it, so the new version descends from it and the text is gone on purpose (as when a person edits again).
 * A text an online edit did not replace on its own laptop (it had not arrived there yet) is a concurrent version and
 * must still survive.
 */
export interface CycleTexts {
  /** Every text typed this cycle, offline or online. */
  readonly typed: readonly string[];
  /** The version each online edit wrote over on its own laptop, read inside the write (not before it). */
  readonly replaced: readonly string[];
}

/** The texts every laptop must hold once the cycle has converged. */
export function textsToKeep(cycle: CycleTexts): string[] {
  const replaced = new Set(cycle.replaced);
  return cycle.typed.filter((text) => !replaced.has(text));
}

/** Texts that had to be kept and that no laptop holds (`held`: each laptop's kept versions and conflict copies). */
export function lostTexts(cycle: CycleTexts, held: readonly ReadonlySet<string>[]): string[] {
  return textsToKeep(cycle).filter((text) => held.every((texts) => !texts.has(text)));
}
