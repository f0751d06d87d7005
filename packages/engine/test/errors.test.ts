import { describe, expect, it } from 'vitest';
import { costSharingErrors as errors, type EngineError } from '../src/cost-sharing/errors';

/** Every error with the params a page needs to word it, and the figures its messages show. */
const cases: [EngineError, object, (string | number)[]][] = [
  [errors.noPlayers(), {}, []],
  [errors.duplicatePlayer('loc-1'), { player: 'loc-1' }, ['loc-1']],
  [errors.unknownPlayer('loc-9', 'weights'), { player: 'loc-9', where: 'weights' }, ['loc-9', 'weights']],
  [errors.duplicateMember('A', ['A', 'A']), { player: 'A', members: ['A', 'A'] }, ['A', '{A, A}']],
  [errors.duplicateCoalition(['A', 'B']), { members: ['A', 'B'] }, ['{A, B}']],
  [errors.missingCoalition(['A', 'B'], 3), { members: ['A', 'B'], missingCount: 3 }, ['{A, B}', 3]],
  [errors.invalidValue({ of: 'coalition', members: ['A', 'B'] }, -5, 'non-negative'), { subject: { of: 'coalition', members: ['A', 'B'] }, value: '-5', rule: 'non-negative' }, ['{A, B}', -5]],
  [errors.invalidValue({ of: 'quantity', player: 'loc-2' }, Number.NaN, 'finite'), { subject: { of: 'quantity', player: 'loc-2' }, value: 'NaN', rule: 'finite' }, ['loc-2', 'NaN']],
  [errors.valueTooLarge({ of: 'joint-cost' }, 1e23, 1e10), { subject: { of: 'joint-cost' }, value: '1e+23', limit: 1e10 }, ['1e+23', 10000000000]],
  [errors.gameSource(), {}, []],
  [errors.invalidModel('exponent-not-positive'), { reason: 'exponent-not-positive' }, []],
  [errors.missingQuantity('loc-3'), { player: 'loc-3' }, ['loc-3']],
  [errors.invalidWeights('weights-sum-zero'), { reason: 'weights-sum-zero' }, []],
  [errors.invalidWeights('weight-missing', 'loc-4'), { reason: 'weight-missing', player: 'loc-4' }, ['loc-4']],
  [errors.invalidWeights('weight-negative', 'loc-4'), { reason: 'weight-negative', player: 'loc-4' }, ['loc-4']],
  [errors.tooManyPlayers('nucleolus', 17, 16), { computation: 'nucleolus', players: 17, limit: 16 }, [17, 16]],
  [errors.tooManyPlayers('game-table', 30, 25), { computation: 'game-table', players: 30, limit: 25 }, [30, 25]],
  [errors.emptyImputationSet(), {}, []],
  [errors.scrbUndefined(), {}, []],
  [errors.tooManyPlayers('owen', 26, 25), { computation: 'owen', players: 26, limit: 25 }, [26, 25]],
  [errors.blocsMissing('loc-5', 2), { player: 'loc-5', missing: 2 }, ['loc-5', 2]],
  [errors.banzhafUndefined(), {}, []],
  [errors.solverFailed('infeasible'), { status: 'infeasible' }, ['infeasible']],
  [errors.notCertified('prenucleolus'), { method: 'prenucleolus' }, []],
];

describe('engine errors', () => {
  it.each(cases)('%s carries the params of its message', (error, params, figures) => {
    expect(error.params).toEqual(params);
    for (const figure of figures) {
      expect(error.messages.en).toContain(String(figure));
      expect(error.messages.he).toContain(String(figure));
    }
    expect(error.message).toBe(error.messages.en);
  });
});
