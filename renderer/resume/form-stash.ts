import type { FormStashStore, StashedForm, StashedForms } from './form-stash-store';

/** Reads a mounted form: its values while it holds unsaved typing, else undefined (nothing to keep). */
export type ReadForm = () => unknown;

/**
 * The forms of one unlocked session: typing stashed at the last lock that waits for its form to open again, and the
 * forms open now, whose unsaved typing is stashed when the vault locks (the vault controller's before-lock task).
 */
export class FormStash {
  private readonly live = new Map<string, ReadForm>();
  private readonly waiting: Map<string, StashedForm>;
  private writes: Promise<void> = Promise.resolve();

  private constructor(
    private readonly store: FormStashStore,
    private readonly userId: string,
    restored: StashedForms,
    private readonly now: () => Date,
  ) {
    this.waiting = new Map(Object.entries(restored));
  }

  /** The user's stash as the last lock left it (another user's is deleted unread). */
  static async open(store: FormStashStore, userId: string, now: () => Date): Promise<FormStash> {
    return new FormStash(store, userId, await store.read(userId), now);
  }

  /** Forms with typing waiting for them: a dialog or an inline editor reopens itself for it. */
  waitingKeys(): ReadonlySet<string> {
    return new Set(this.waiting.keys());
  }

  /** The typing waiting for a form, left where it is (a form reads it while rendering, then takes it). */
  peek(formKey: string): StashedForm | null {
    return this.waiting.get(formKey) ?? null;
  }

  /**
   * Hands a form its stashed typing, once. From then on the typing is the form's own: saved or discarded there, it is
   * gone from the stash on disk too; still unsaved at the next lock, it is stashed again.
   */
  take(formKey: string): StashedForm | null {
    const found = this.waiting.get(formKey);
    if (!found) return null;
    this.waiting.delete(formKey);
    void this.persist(Object.fromEntries(this.waiting));
    return found;
  }

  /** An open form; returns the function that forgets it (when it closes). */
  register(formKey: string, read: ReadForm): () => void {
    this.live.set(formKey, read);
    return () => {
      if (this.live.get(formKey) === read) this.live.delete(formKey);
    };
  }

  /** Before the lock: the typing still waiting and the open forms' unsaved typing, sealed in one write. */
  stashAll(): Promise<void> {
    const forms = new Map(this.waiting);
    const at = this.now().toISOString();
    for (const [formKey, read] of this.live) {
      const values = read();
      if (values !== undefined) forms.set(formKey, { values, at });
    }
    return this.persist(Object.fromEntries(forms));
  }

  // Writes one after another, so an older state never lands over a newer one.
  private persist(forms: StashedForms): Promise<void> {
    this.writes = this.writes
      .then(() => this.store.write(this.userId, forms))
      .catch((error: unknown) => {
        console.error('The typing on open forms could not be kept across the lock', error);
      });
    return this.writes;
  }
}
