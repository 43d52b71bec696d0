/**
 * The control API tests and tools use (`/_sandbox/...`, loopback only, no token): inject faults, read the request
 * log and counters, read validation findings, snapshot/restore/reset state, change throttling limits, read,
 * accelerate or advance the sandbox clock, provision environments. Services add their own control routes (pipeline run outcomes, received telemetry) next to these.
 */

import { ClockRateError, type SandboxClock } from '../core/clock.js';
import type { FaultInjector, FaultSpec } from '../core/faults.js';
import { json, type Router } from '../core/http.js';
import type { RequestLog } from '../core/request-log.js';
import type { ValidationFinding } from '../core/server.js';
import type { SandboxState } from '../core/state.js';
import { ARM_LIMITS, type ThrottleLimits, type Throttler } from '../core/throttling.js';

export interface ControlParts {
  readonly faults: FaultInjector;
  readonly log: RequestLog;
  readonly findings: ValidationFinding[];
  readonly state: SandboxState;
  readonly throttler: Throttler;
  readonly clock: SandboxClock;
  readonly provision: (spec: unknown) => Promise<unknown>;
}

export function registerControl(router: Router, parts: ControlParts): void {
  const none = { auth: 'none' } as const;
  router.get('/_sandbox/health', none, () => json(200, { status: 'ok' }));

  router.get('/_sandbox/requests', none, ({ query }) =>
    json(200, { value: parts.log.since(Number(query.get('since') ?? 0)) }),
  );
  router.get('/_sandbox/counters', none, () =>
    json(200, { ...parts.log.counters, lastSeq: parts.log.lastSeq }),
  );
  router.delete('/_sandbox/requests', none, () => {
    parts.log.clear();
    return { status: 204 };
  });

  router.get('/_sandbox/faults', none, () => json(200, { value: parts.faults.list() }));
  router.post('/_sandbox/faults', none, ({ body }) => {
    const spec = body as FaultSpec | undefined;
    if (!spec || typeof spec.path !== 'string')
      return json(400, { error: { code: 'BadRequest', message: 'A fault needs a path pattern.' } });
    return json(201, parts.faults.add(spec));
  });
  router.delete('/_sandbox/faults', none, () => {
    parts.faults.clear();
    return { status: 204 };
  });

  router.get('/_sandbox/validation', none, () => json(200, { value: parts.findings }));
  router.delete('/_sandbox/validation', none, () => {
    parts.findings.length = 0;
    return { status: 204 };
  });

  router.get('/_sandbox/state', none, () => json(200, parts.state.snapshot()));
  router.put('/_sandbox/state', none, ({ body }) => {
    parts.state.restore((body ?? {}) as Record<string, unknown>);
    return { status: 204 };
  });
  router.post('/_sandbox/reset', none, () => {
    parts.state.reset();
    parts.log.clear();
    parts.faults.clear();
    parts.findings.length = 0;
    return { status: 204 };
  });

  router.put('/_sandbox/throttling', none, ({ body }) => {
    parts.throttler.setLimits({ ...ARM_LIMITS, ...((body ?? {}) as Partial<ThrottleLimits>) });
    return { status: 204 };
  });

  // The sandbox clock: GET it, PUT {rate} (1 is real time), POST .../advance {seconds} to jump ahead.
  const clockView = () =>
    json(200, { now: new Date(parts.clock.now()).toISOString(), rate: parts.clock.rate });
  const bad = (message: string) => json(400, { error: { code: 'BadRequest', message } });
  router.get('/_sandbox/clock', none, clockView);
  router.put('/_sandbox/clock', none, ({ body }) => {
    try {
      parts.clock.setRate((body as { rate?: number } | undefined)?.rate as number);
    } catch (error) {
      if (error instanceof ClockRateError) return bad(error.message);
      throw error;
    }
    return clockView();
  });
  router.post('/_sandbox/clock/advance', none, ({ body }) => {
    const seconds = (body as { seconds?: unknown } | undefined)?.seconds;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
      return bad('Give the seconds to advance the clock by: {"seconds": 86400}.');
    }
    parts.clock.advance(seconds * 1000);
    return clockView();
  });

  router.post('/_sandbox/environments', none, async ({ body }) => json(201, await parts.provision(body)));
}
