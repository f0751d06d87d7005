import { List, Stack, Text, Title } from '@mantine/core';
import type { Study } from '@eshkol/contracts/feasibility';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { explanationLines, type ExplanationLine } from '../model/explanation-lines';

/** Why each authority pays what it pays under the version's proposed method, in sentences. */
export function StudyExplanation({ study, nameOf }: { study: Study; nameOf: (id: string) => string }) {
  const { t } = useTranslation(['feasibility', 'cost-model']);
  const format = useFormat();
  const titleId = useId();
  const allocation = study.result.allocations.find((a) => a.method === study.input.proposedMethod);
  const lines = allocation ? explanationLines(study.result, allocation) : [];
  if (!allocation || lines.length === 0) return null;
  const money = (x: number) => format.shekels(Math.round(Math.abs(x) * 100));
  const group = (members: string[]) => format.list(members.map(nameOf));
  const groups = (gs: string[][], more: number) => {
    const named = gs.map((g) => (g.length === 1 ? group(g) : t('explanation.together', { names: group(g) })));
    return more > 0 ? t('explanation.andMore', { names: format.list(named), count: more, n: format.number(more) }) : format.list(named);
  };
  const sentence = (line: ExplanationLine) => {
    switch (line.kind) {
      case 'shapley':
        return t('explanation.shapley', {
          name: nameOf(line.player),
          share: money(line.share),
          marginal: line.marginal === null ? format.unknown : money(line.marginal),
          alone: line.alone === null ? format.unknown : money(line.alone),
        });
      case 'level': {
        const key = line.saving >= 0 ? (line.first ? 'explanation.levelFirst' : 'explanation.levelNext') : line.first ? 'explanation.levelFirstPays' : 'explanation.levelNextPays';
        return t(key, { groups: groups(line.groups, line.more), amount: money(line.saving), count: line.groups.length + line.more });
      }
      case 'blocking':
        return t('explanation.blocking', { names: group(line.members), amount: money(line.saving), count: line.members.length });
      case 'moreBlocking':
        return t('explanation.moreBlocking', { count: line.more, n: format.number(line.more) });
      case 'stable':
        return t('explanation.stable');
      case 'notExamined':
        return t('explanation.notExamined');
    }
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby={titleId} data-testid="study-explanation">
      <Title order={4} size="h5" id={titleId}>
        {t('explanation.title', { method: t(`cost-model:methods.${allocation.method}`) })}
      </Title>
      <List spacing={4}>
        {lines.map((line, i) => (
          <List.Item key={i} data-kind={line.kind}>
            <Text size="sm" c={line.kind === 'blocking' ? 'red.9' : undefined}>
              {sentence(line)}
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
