import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  FileInput,
  Group,
  List,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, queryString } from '../../app/api';
import { todayInState } from '../../app/format';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import { useYearAndRegion, YearAndRegionFilters } from './MonitoringFilters';
import {
  DOCUMENT_EXTENSIONS,
  EPC_CHECKLIST,
  EPC_TERMS,
  type EpcChecklist,
  type EpcItem,
  type EpcProgress,
} from './monitoring-types';

type Key = { regionId: string; districtId?: string; programYear: string; term: string; strategy: string };

/** The value of the subgrantee select that stands for the region's own verification. */
const REGION_ITSELF = 'region';

function StatusOf({ status }: { status: EpcItem['status'] }) {
  const { t } = useTranslation();
  // Filled dark shades, so the white text meets the contrast ratio.
  const color = { pending: 'gray.7', verified: 'teal.9', needs_more: 'red.9' }[status];
  return (
    <Badge color={color} variant="filled">
      {t(`monitoring.epc.status.${status}`)}
    </Badge>
  );
}

/** One strategy's documentation and verification (MN4.1–MN4.3). */
function StrategyCard({
  item,
  keyOf,
  abilities,
}: {
  item: EpcItem;
  keyOf: Key;
  abilities: EpcChecklist['abilities'];
}) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['epc'] });
  const [file, setFile] = useState<File | null>(null);
  const [link, setLink] = useState('');
  const [found, setFound] = useState<string[]>(item.checklist);
  const [outcome, setOutcome] = useState<string | null>(item.status === 'pending' ? null : item.status);
  const [date, setDate] = useState(item.verifiedOn ?? todayInState());
  const [comment, setComment] = useState(item.comment);
  const upload = useMutation({
    mutationFn: () => {
      const form = new FormData();
      for (const [name, value] of Object.entries(keyOf)) form.append(name, value);
      form.append('file', file!, file!.name);
      return api('POST', '/api/monitoring/epc/documents', form);
    },
    onSuccess: () => {
      setFile(null);
      void refresh();
    },
  });
  const addLink = useMutation({
    mutationFn: () =>
      api('PUT', '/api/monitoring/epc/links', {
        ...keyOf,
        version: item.version,
        links: [...item.links, { label: link, url: link }],
      }),
    onSuccess: () => {
      setLink('');
      void refresh();
    },
  });
  const verify = useMutation({
    mutationFn: () =>
      api('POST', '/api/monitoring/epc/verification', {
        ...keyOf,
        version: item.version,
        outcome,
        checklist: found,
        date,
        comment,
      }),
    onSuccess: () => void refresh(),
  });
  // The file or link about to be removed, once the person confirms (MN4.6).
  const [removing, setRemoving] = useState<
    { documentId: string; name: string } | { linkIndex: number; name: string } | null
  >(null);
  const remove = useMutation({
    mutationFn: (what: NonNullable<typeof removing>) =>
      'documentId' in what
        ? api('DELETE', `/api/monitoring/epc/${item.id}/documents/${what.documentId}`)
        : api('PUT', '/api/monitoring/epc/links', {
            ...keyOf,
            version: item.version,
            links: item.links.filter((_, i) => i !== what.linkIndex),
          }),
    onSuccess: () => {
      setRemoving(null);
      void refresh();
    },
  });
  const name = `${item.strategy} ${i18n.language === 'es' ? item.textEs : item.textEn}`;

  return (
    <Card withBorder component="article" aria-labelledby={`epc-${item.strategy}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={2} size="h5" id={`epc-${item.strategy}`}>
            {name}
          </Title>
          <StatusOf status={item.status} />
        </Group>
        {item.verifiedOn && (
          <Text size="sm" c="dimmed">
            {t('monitoring.epc.verifiedOn', { date: item.verifiedOn })} {item.comment && `· ${item.comment}`}
          </Text>
        )}
        <Text size="sm" fw={500}>
          {t('monitoring.epc.documentation')}
        </Text>
        {item.documents.length === 0 && item.links.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('monitoring.epc.noDocumentation')}
          </Text>
        ) : (
          <List size="sm">
            {item.documents.map((d) => (
              <List.Item key={d.id}>
                <Group gap="xs" wrap="wrap">
                  <Anchor
                    href={`/api/monitoring/epc/${item.id}/documents/${d.id}`}
                    download={d.fileName}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {d.fileName}
                  </Anchor>
                  {abilities.document && (
                    <RemoveButton
                      name={d.fileName}
                      onClick={() => setRemoving({ documentId: d.id, name: d.fileName })}
                    />
                  )}
                </Group>
              </List.Item>
            ))}
            {item.links.map((l, i) => (
              <List.Item key={`${l.url}-${i}`}>
                <Group gap="xs" wrap="wrap">
                  <Anchor href={l.url} target="_blank" rel="noreferrer" style={{ overflowWrap: 'anywhere' }}>
                    {l.label || l.url}
                  </Anchor>
                  {abilities.document && (
                    <RemoveButton
                      name={l.label || l.url}
                      onClick={() => setRemoving({ linkIndex: i, name: l.label || l.url })}
                    />
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        {abilities.document && (
          <>
            <Group align="flex-end" grow>
              <FileInput
                label={t('monitoring.epc.file', { strategy: item.strategy })}
                value={file}
                onChange={setFile}
                accept={DOCUMENT_EXTENSIONS.map((extension) => `.${extension}`).join(',')}
                clearable
              />
              <Button onClick={() => upload.mutate()} disabled={file === null} loading={upload.isPending}>
                {t('monitoring.epc.upload')}
              </Button>
            </Group>
            {upload.error && <ErrorAlert error={upload.error} />}
            <Group align="flex-end" grow>
              <TextInput
                label={t('monitoring.epc.link', { strategy: item.strategy })}
                value={link}
                onChange={(e) => setLink(e.currentTarget.value)}
                placeholder="https://"
                type="url"
              />
              <Button
                variant="default"
                onClick={() => addLink.mutate()}
                disabled={link === ''}
                loading={addLink.isPending}
              >
                {t('monitoring.epc.addLink')}
              </Button>
            </Group>
            {addLink.error && <ErrorAlert error={addLink.error} />}
          </>
        )}
        {abilities.verify && (
          <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
            <Text component="legend" size="sm" fw={500}>
              {t('monitoring.epc.verification', { strategy: item.strategy })}
            </Text>
            <Checkbox.Group label={t('monitoring.epc.checklist')} value={found} onChange={setFound}>
              <Stack gap={4} mt={4}>
                {EPC_CHECKLIST.map((entry) => (
                  <Checkbox key={entry} value={entry} label={t(`monitoring.epc.items.${entry}`)} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Group grow align="flex-end">
              <Select
                label={t('monitoring.epc.outcome')}
                value={outcome}
                onChange={setOutcome}
                data={[
                  { value: 'verified', label: t('monitoring.epc.status.verified') },
                  { value: 'needs_more', label: t('monitoring.epc.status.needs_more') },
                ]}
              />
              <TextInput
                label={t('monitoring.epc.date')}
                type="date"
                value={date}
                onChange={(e) => setDate(e.currentTarget.value)}
              />
            </Group>
            <Textarea
              label={t('monitoring.epc.comment')}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
            />
            <Button onClick={() => verify.mutate()} disabled={outcome === null} loading={verify.isPending}>
              {t('monitoring.epc.saveVerification')}
            </Button>
            {verify.error && <ErrorAlert error={verify.error} />}
          </Stack>
        )}
      </Stack>
      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('monitoring.epc.confirmRemoveTitle')}
        closeButtonProps={{ 'aria-label': t('monitoring.epc.keep') }}
      >
        {removing && (
          <Stack>
            <Text style={{ overflowWrap: 'anywhere' }}>
              {t('monitoring.epc.confirmRemoveText', { name: removing.name, strategy: item.strategy })}
            </Text>
            {remove.error && <ErrorAlert error={remove.error} />}
            <Group justify="flex-end" wrap="wrap">
              <Button variant="default" onClick={() => setRemoving(null)}>
                {t('monitoring.epc.keep')}
              </Button>
              <Button color="red.9" loading={remove.isPending} onClick={() => remove.mutate(removing)}>
                {t('monitoring.epc.confirmRemove')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Card>
  );
}

/** The button that asks to remove a file or link of the documentation. */
function RemoveButton({ name, onClick }: { name: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button
      size="compact-xs"
      variant="subtle"
      color="red"
      c="red.9"
      aria-label={t('monitoring.epc.removeNamed', { name })}
      onClick={onClick}
    >
      {t('monitoring.epc.remove')}
    </Button>
  );
}

/**
 * EPC verification (MN4): a subgrantee's checklist of the strategies to verify for a year and
 * term, with their documentation and verification; for the state, the progress of every
 * subgrantee in scope.
 */
export function EpcPage() {
  const { t } = useTranslation();
  const filters = useYearAndRegion();
  const [params, setParams] = useSearchParams();
  const term = params.get('term') ?? 'summer';
  const { programYear, regionId } = filters;
  // A district subgrantee of the region (MN4.1); district staff are given their own by the server.
  const districtId = params.get('districtId') ?? undefined;
  const checklist = useQuery({
    queryKey: ['epc', 'checklist', programYear, regionId, districtId, term],
    queryFn: () =>
      api<EpcChecklist>(
        'GET',
        `/api/monitoring/epc${queryString({ programYear, regionId, districtId, term })}`,
      ),
    enabled: regionId !== undefined,
  });
  const progress = useQuery({
    queryKey: ['epc', 'progress', programYear, term],
    queryFn: () =>
      api<EpcProgress>('GET', `/api/monitoring/epc/progress${queryString({ programYear, term })}`),
    enabled: filters.me.regionId === null,
  });
  const openSubgrantee = (region: string, district: string | null) => {
    const next = new URLSearchParams(params);
    next.set('regionId', region);
    if (district) next.set('districtId', district);
    else next.delete('districtId');
    setParams(next, { replace: true });
  };
  const setTerm = (value: string | null) => {
    const next = new URLSearchParams(params);
    next.set('term', value ?? 'summer');
    setParams(next, { replace: true });
  };

  return (
    <Stack gap="md">
      <Title order={1}>{t('monitoring.epc.title')}</Title>
      <Text c="dimmed">{t('monitoring.epc.intro')}</Text>
      <YearAndRegionFilters filters={filters} />
      <Select
        label={t('monitoring.epc.term')}
        value={term}
        onChange={setTerm}
        allowDeselect={false}
        data={EPC_TERMS.map((value) => ({ value, label: t(`monitoring.epc.terms.${value}`) }))}
      />
      {filters.me.regionId === null && (
        <section aria-labelledby="epc-progress">
          <Title order={2} size="h3" id="epc-progress">
            {t('monitoring.epc.progress')}
          </Title>
          <QueryState isPending={progress.isPending} error={progress.error}>
            <ScrollTable minWidth={420} label={t('monitoring.epc.progress')}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('monitoring.region')}</Table.Th>
                    <Table.Th>{t('monitoring.epc.status.verified')}</Table.Th>
                    <Table.Th>{t('monitoring.epc.status.needs_more')}</Table.Th>
                    <Table.Th>{t('monitoring.epc.status.pending')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {progress.data?.regions.flatMap((r) => [
                    <Table.Tr key={r.regionId}>
                      <Table.Td>
                        <Anchor
                          component="button"
                          type="button"
                          onClick={() => openSubgrantee(r.regionId, null)}
                        >
                          {r.number} – {r.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{`${r.verified} / ${r.total}`}</Table.Td>
                      <Table.Td>{r.needs_more}</Table.Td>
                      <Table.Td>{r.pending}</Table.Td>
                    </Table.Tr>,
                    ...r.districts.map((d) => (
                      <Table.Tr key={d.districtId}>
                        <Table.Td pl="lg">
                          <Anchor
                            component="button"
                            type="button"
                            onClick={() => openSubgrantee(r.regionId, d.districtId)}
                          >
                            {d.name}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{`${d.verified} / ${d.total}`}</Table.Td>
                        <Table.Td>{d.needs_more}</Table.Td>
                        <Table.Td>{d.pending}</Table.Td>
                      </Table.Tr>
                    )),
                  ])}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          </QueryState>
        </section>
      )}
      {regionId === undefined ? (
        <Text>{t('monitoring.chooseRegion')}</Text>
      ) : (
        <QueryState isPending={checklist.isPending} error={checklist.error}>
          {checklist.data && (
            <>
              {checklist.data.subgrantees.length > 1 && (
                <Select
                  label={t('monitoring.epc.subgrantee')}
                  value={checklist.data.districtId ?? REGION_ITSELF}
                  onChange={(value) => filters.set('districtId', value === REGION_ITSELF ? null : value)}
                  allowDeselect={false}
                  data={checklist.data.subgrantees.map((s) => ({
                    value: s.districtId ?? REGION_ITSELF,
                    label:
                      s.districtId === null ? t('monitoring.epc.regionItself', { region: s.name }) : s.name,
                  }))}
                />
              )}
              <Title order={2} size="h3">
                {t('monitoring.epc.checklistOf', {
                  region: checklist.data.districtName ?? checklist.data.regionName,
                })}
              </Title>
              {checklist.data.items.length === 0 && <Text>{t('monitoring.epc.none')}</Text>}
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                {checklist.data.items.map((item) => (
                  <StrategyCard
                    key={`${item.strategy}-${item.version ?? 0}`}
                    item={item}
                    abilities={checklist.data.abilities}
                    keyOf={{
                      regionId: checklist.data.regionId,
                      ...(checklist.data.districtId ? { districtId: checklist.data.districtId } : {}),
                      programYear,
                      term,
                      strategy: item.strategy,
                    }}
                  />
                ))}
              </SimpleGrid>
            </>
          )}
        </QueryState>
      )}
    </Stack>
  );
}
