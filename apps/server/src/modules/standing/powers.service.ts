import type { AddPower, PowerList, RenamePower } from '@eshkol/contracts/standing';
import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { writeAudit } from '../../platform/audit';
import { dayInIsrael } from '../../platform/calendar';
import { AppError, issue } from '../../platform/errors';
import { canManagePowers } from './standing.policy';
import type { PowerRow, StandingRepo } from './standing.repo';
import { toPower } from './standing-views';

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('he') === b.trim().toLocaleLowerCase('he');

/**
 * The list of powers and tasks a member authority may delegate, kept by the ministry: added,
 * renamed and retired. A retired power stays, named in the delegations that name it.
 */
export function createPowersService(deps: { db: Db; repo: StandingRepo; clock: () => Date }) {
  const { db, repo, clock } = deps;

  const list = async (actor: Actor | null): Promise<PowerList> => ({ items: (await repo.powers(db)).map(toPower), actions: canManagePowers(actor) ? ['manage'] : [] });

  /** No two offered powers share a name, in Hebrew or in English. */
  async function checkNames(tx: DbOrTx, names: { nameHe: string; nameEn: string }, except: number | null) {
    const offered = (await repo.powers(tx)).filter((p) => p.retiredOn === null && p.id !== except);
    if (offered.some((p) => same(p.nameHe, names.nameHe))) throw new AppError('POWER_NAME_TAKEN', [issue('nameHe', 'invalid_value', 'another power has this name')]);
    if (offered.some((p) => same(p.nameEn, names.nameEn))) throw new AppError('POWER_NAME_TAKEN', [issue('nameEn', 'invalid_value', 'another power has this name')]);
  }

  async function addIn(tx: DbOrTx, input: AddPower, actor: Actor | null) {
    await repo.lockPowerList(tx);
    await checkNames(tx, input, null);
    const row = await repo.insertPower(tx, { nameHe: input.nameHe, nameEn: input.nameEn, createdAt: clock() });
    await writeAudit(tx, actor, { action: 'power.add', entityType: 'power', entityId: String(row.id), after: { nameHe: row.nameHe, nameEn: row.nameEn } });
    return toPower(row);
  }

  const existing = async (tx: DbOrTx, id: number): Promise<PowerRow> => {
    const power = await repo.lockPower(tx, id);
    if (!power) throw new AppError('POWER_NOT_FOUND');
    return power;
  };

  const add = (input: AddPower, actor: Actor) =>
    db.transaction(async (tx) => {
      if (!canManagePowers(actor)) throw new AppError('FORBIDDEN');
      return addIn(tx, input, actor);
    });

  const rename = (id: number, input: RenamePower, actor: Actor) =>
    db.transaction(async (tx) => {
      if (!canManagePowers(actor)) throw new AppError('FORBIDDEN');
      await repo.lockPowerList(tx);
      const power = await existing(tx, id);
      const names = { nameHe: input.nameHe ?? power.nameHe, nameEn: input.nameEn ?? power.nameEn };
      if (power.retiredOn === null) await checkNames(tx, names, id);
      const after = await repo.updatePower(tx, id, names);
      await writeAudit(tx, actor, { action: 'power.rename', entityType: 'power', entityId: String(id), before: { nameHe: power.nameHe, nameEn: power.nameEn }, after: names });
      return toPower(after);
    });

  const retire = (id: number, actor: Actor) =>
    db.transaction(async (tx) => {
      if (!canManagePowers(actor)) throw new AppError('FORBIDDEN');
      const power = await existing(tx, id);
      if (power.retiredOn !== null) throw new AppError('POWER_RETIRED');
      const after = await repo.updatePower(tx, id, { retiredOn: dayInIsrael(clock()) });
      await writeAudit(tx, actor, { action: 'power.retire', entityType: 'power', entityId: String(id), before: { retiredOn: null }, after: { nameHe: after.nameHe, nameEn: after.nameEn, retiredOn: after.retiredOn } });
      return toPower(after);
    });

  return { list, add, rename, retire, addIn };
}
export type PowersService = ReturnType<typeof createPowersService>;
