/**
 * `concurrency:` groups, as GitHub applies them across the runs of one repository: at most one run (or job)
 * in a group runs at a time. A newcomer with `cancel-in-progress: true` cancels the one running; otherwise it waits,
 * and GitHub keeps at most one waiting: a newer waiter cancels the older one.
 */

export interface GroupMember {
  readonly label: string;
  /** Cancels the member (its run or job ends as cancelled). */
  cancel(): void;
}

interface Group {
  holder: GroupMember | undefined;
  waiter: { member: GroupMember; resolve: (release: (() => void) | undefined) => void } | undefined;
}

export class ConcurrencyGroups {
  private readonly groups = new Map<string, Group>();

  /**
   * Enters a group: resolves to a release function once the member holds it, or to undefined when the member was
   * cancelled while waiting. `notice` says what happened to whom.
   */
  enter(
    name: string,
    member: GroupMember,
    cancelInProgress: boolean,
    notice: (message: string) => void,
  ): Promise<(() => void) | undefined> {
    let group = this.groups.get(name);
    if (!group) {
      group = { holder: undefined, waiter: undefined };
      this.groups.set(name, group);
    }
    if (!group.holder) {
      group.holder = member;
      return Promise.resolve(this.releaser(group, member));
    }
    if (cancelInProgress) {
      notice(`concurrency group '${name}': cancelling ${group.holder.label} (cancel-in-progress)`);
      group.holder.cancel();
    } else {
      notice(`concurrency group '${name}': waiting for ${group.holder.label}`);
    }
    if (group.waiter) {
      notice(`concurrency group '${name}': cancelling ${group.waiter.member.label}, which was waiting`);
      group.waiter.member.cancel();
      group.waiter.resolve(undefined);
    }
    const waiting = group;
    return new Promise((resolve) => {
      waiting.waiter = { member, resolve };
    });
  }

  private releaser(group: Group, member: GroupMember): () => void {
    return () => {
      if (group.holder !== member) return;
      group.holder = undefined;
      const next = group.waiter;
      if (!next) return;
      group.waiter = undefined;
      group.holder = next.member;
      next.resolve(this.releaser(group, next.member));
    };
  }
}
