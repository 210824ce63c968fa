import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { MpoRuleSummary } from './MpoRuleSummary';
import { SERVICE_COMPONENTS, type PlanVersion } from './plan-types';

/** The "Demo values" label of a version whose values are the demo's, not the state's. */
export function DemoBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="yellow.4" c="black" variant="filled" title={t('plan.demoExplained')}>
      {t('plan.demo')}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: PlanVersion['status'] }) {
  const { t } = useTranslation();
  // Shades dark enough for white text to meet WCAG AA contrast on a small badge.
  const color = status === 'adopted' ? 'teal.9' : status === 'draft' ? 'blue.9' : 'gray.7';
  return (
    <Badge color={color} variant="filled">
      {t(`plan.status.${status}`)}
    </Badge>
  );
}

const areaTitle = (name: string, code: string) => (name === code ? code : `${name} (${code})`);

/**
 * Need areas that MPOs or strategies name but the version does not list (a plan imported from
 * a plan.json has MPOs only): shown under their code, so nothing of the plan is hidden.
 */
function unnamedAreasOf(version: PlanVersion): PlanVersion['needAreas'] {
  const listed = new Set(version.needAreas.map((area) => area.code));
  const named = [...version.mpos.map((mpo) => mpo.area), ...version.strategies.map((s) => s.needArea)];
  return [...new Set(named)]
    .filter((code) => !listed.has(code))
    .map((code) => ({ code, nameEn: code, nameEs: code }));
}

/**
 * A version of the plan as everyone reads it: need areas, each with its MPOs (the statement in
 * the reader's language and the rule in plain words) and its strategies, and the service
 * components every service carries out.
 */
export function PlanView({ version }: { version: PlanVersion }) {
  const { t, i18n } = useTranslation();
  const spanish = i18n.language.startsWith('es');
  const areas = [...version.needAreas, ...unnamedAreasOf(version)];
  return (
    <Stack>
      <Group gap="xs" wrap="wrap">
        <StatusBadge status={version.status} />
        {version.demo && <DemoBadge />}
        {version.adoptedOn && (
          <Text size="sm">{t('plan.adoptedOn', { date: formatDate(version.adoptedOn, i18n.language) })}</Text>
        )}
      </Group>
      {version.demo && <Text c="dimmed">{t('plan.demoExplained')}</Text>}
      {version.notes && <Text style={{ overflowWrap: 'anywhere' }}>{version.notes}</Text>}
      {areas.length === 0 && <Text>{t('plan.empty')}</Text>}
      {areas.map((area) => {
        const mpos = version.mpos.filter((mpo) => mpo.area === area.code);
        const strategies = version.strategies.filter((s) => s.needArea === area.code);
        return (
          <Stack key={area.code} component="section" aria-labelledby={`area-${area.code}`} gap="sm">
            <Title order={2} id={`area-${area.code}`} style={{ overflowWrap: 'anywhere' }}>
              {areaTitle(spanish ? area.nameEs : area.nameEn, area.code)}
            </Title>
            {mpos.map((mpo) => (
              <Card
                key={mpo.number}
                withBorder
                component="article"
                aria-label={t('plan.mpoNumber', { number: mpo.number })}
              >
                <Stack gap="xs">
                  <Title order={3}>{t('plan.mpoNumber', { number: mpo.number })}</Title>
                  <Text style={{ overflowWrap: 'anywhere' }}>
                    {spanish ? mpo.statementEs : mpo.statementEn}
                  </Text>
                  <MpoRuleSummary mpo={mpo} />
                </Stack>
              </Card>
            ))}
            <Title order={3}>{t('plan.strategiesOf', { area: spanish ? area.nameEs : area.nameEn })}</Title>
            {strategies.length === 0 ? (
              <Text>{t('plan.noStrategies')}</Text>
            ) : (
              <List spacing="xs" listStyleType="none" pl={0}>
                {strategies.map((strategy) => (
                  <List.Item key={strategy.number}>
                    <Text fw={600} span>
                      {strategy.number}{' '}
                    </Text>
                    <Text span style={{ overflowWrap: 'anywhere' }}>
                      {spanish ? strategy.textEs : strategy.textEn}
                    </Text>
                    <Group gap="xs" mt={4}>
                      <Badge variant="outline" color="dark">
                        {t(`plan.implementers.${strategy.implementer}`)}
                      </Badge>
                      {strategy.epcVerified && (
                        <Badge variant="filled" color="teal.9">
                          {t('plan.epcVerified')}
                        </Badge>
                      )}
                    </Group>
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        );
      })}
      <Stack component="section" aria-labelledby="plan-components" gap="xs">
        <Title order={2} id="plan-components">
          {t('plan.components')}
        </Title>
        <Text c="dimmed">{t('plan.componentsIntro')}</Text>
        <List>
          {SERVICE_COMPONENTS.map((component) => (
            <List.Item key={component}>{t(`plan.componentNames.${component}`)}</List.Item>
          ))}
        </List>
      </Stack>
    </Stack>
  );
}
