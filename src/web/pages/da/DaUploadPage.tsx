import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  List,
  NumberInput,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, ApiError } from '../../app/api';
import { formatNumber } from '../../app/format';
import { ScrollTable } from '../../components/ScrollTable';
import type { CdeListCheck, DaImport, Determination } from './da-types';

/** The upload form: every file under `files`, each with its own name, and the year if given. */
function dashboardForm(files: readonly File[], year: number | string): FormData {
  const form = new FormData();
  if (typeof year === 'number') form.append('year', String(year));
  for (const file of files) form.append('files', file, file.name);
  return form;
}

type CdeImport = NonNullable<DaImport['summary']['cde']>;

/** CDE3.1: what was read from each of the CDE's files, the groups found and the rows left out. */
function CdeReport({ report, n }: { report: CdeImport; n: (value: number) => string }) {
  const { t } = useTranslation();
  const leftOut = Object.entries(report.ignoredByReason).filter(([, count]) => count > 0);
  return (
    <Stack gap="xs">
      <Title order={3}>{t('da.upload.cdeTitle')}</Title>
      <List size="sm">
        {report.files.map((file) => (
          <List.Item key={file.file}>
            {t('da.upload.cdeFile', {
              file: file.file,
              indicator: t(`da.indicators.${file.indicator}`),
              year: file.year,
              recognized: t(`da.upload.cdeRecognized.${file.recognizedBy}`),
              rows: n(file.rows),
              leaRows: n(file.leaRows),
              ignored: n(file.ignored),
            })}
          </List.Item>
        ))}
        {report.localMeasures?.map((file) => (
          <List.Item key={`${file.file} ${file.priority} ${file.year}`}>
            {t('da.upload.cdeLocalMeasures', {
              file: file.file,
              priority: file.priority,
              year: file.year,
              rows: n(file.rows),
              leaRows: n(file.leaRows),
            })}
          </List.Item>
        ))}
        <List.Item>
          {t('da.upload.cdeGroups', { groups: report.groups.map((g) => t(`da.groups.${g}`)).join(', ') })}
        </List.Item>
      </List>
      {leftOut.length > 0 && (
        <>
          <Title order={4}>{t('da.upload.cdeLeftOut')}</Title>
          <List size="sm">
            {leftOut.map(([reason, count]) => (
              <List.Item key={reason}>
                {t('da.upload.reasonCount', { reason: t(`da.cdeReasons.${reason}`), formatted: n(count) })}
              </List.Item>
            ))}
          </List>
          {report.ignored.length > 0 && (
            <ScrollTable minWidth={480} label={t('da.upload.cdeLeftOut')}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('da.upload.file')}</Table.Th>
                    <Table.Th scope="col">{t('da.upload.line')}</Table.Th>
                    <Table.Th scope="col">{t('da.upload.why')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.ignored.slice(0, 100).map((row) => (
                    <Table.Tr key={`${row.file}:${row.line}`}>
                      <Table.Td>{row.file}</Table.Td>
                      <Table.Td>{row.line}</Table.Td>
                      <Table.Td>
                        {t(`da.cdeReasons.${row.reason}`)}
                        {row.detail ? ` (${row.detail})` : ''}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </>
      )}
    </Stack>
  );
}

/** CDE4: the upload's decision beside the CDE's list of eligible LEAs, LEA by LEA. */
function CdeListCheckPanel({ importId }: { importId: string }) {
  const { t } = useTranslation();
  const [list, setList] = useState<File | null>(null);
  const check = useMutation({
    mutationFn: () => {
      const form = new FormData();
      if (list) form.append('files', list, list.name);
      return api<CdeListCheck>('POST', `/api/da/imports/${importId}/cde-list-check`, form);
    },
  });
  const said = (
    side: { eligible: boolean; groups: Array<{ group: string; priorities: string[] }> } | null,
  ) =>
    side === null
      ? t('da.cdeList.absent')
      : `${side.eligible ? t('da.cdeList.eligible') : t('da.cdeList.notEligible')}${
          side.groups.length > 0
            ? ` (${side.groups.map((g) => `${t(`da.groups.${g.group}`)} ${g.priorities.join('+')}`).join('; ')})`
            : ''
        }`;
  return (
    <Stack gap="xs">
      <Title order={2}>{t('da.cdeList.title')}</Title>
      <Text size="sm">{t('da.cdeList.intro')}</Text>
      <FileInput
        label={t('da.cdeList.file')}
        accept=".txt,.csv,.tsv,text/plain,text/csv"
        clearable
        clearButtonProps={{ 'aria-label': t('da.cdeList.clear') }}
        value={list}
        onChange={(chosen) => {
          setList(chosen);
          check.reset();
        }}
      />
      <Button disabled={!list} loading={check.isPending} onClick={() => check.mutate()} w="fit-content">
        {t('da.cdeList.check')}
      </Button>
      {check.error && (
        <Alert color="red" role="alert" title={t('da.cdeList.refused')}>
          {check.error instanceof ApiError ? check.error.message : String(check.error)}
        </Alert>
      )}
      {check.data && (
        <>
          <Text aria-live="polite">
            {t('da.cdeList.summary', { agreeing: check.data.agreeing, differing: check.data.differing })}
          </Text>
          <ScrollTable minWidth={560} label={t('da.cdeList.title')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('da.lea.id')}</Table.Th>
                  <Table.Th scope="col">{t('da.cdeList.result')}</Table.Th>
                  <Table.Th scope="col">{t('da.cdeList.ciclo')}</Table.Th>
                  <Table.Th scope="col">{t('da.cdeList.cde')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {check.data.leas.map((lea) => (
                  <Table.Tr key={lea.leaId}>
                    <Table.Td>
                      {lea.leaId}
                      {lea.leaName ? ` ${lea.leaName}` : ''}
                    </Table.Td>
                    <Table.Td>{lea.agrees ? t('da.cdeList.agrees') : t('da.cdeList.differs')}</Table.Td>
                    <Table.Td>{said(lea.ciclo)}</Table.Td>
                    <Table.Td>{lea.cde ? said(lea.cde) : t('da.cdeList.notListed')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          {check.data.leas
            .filter((lea) => lea.rows.length > 0)
            .map((lea) => (
              <Stack key={lea.leaId} gap={4}>
                <Title order={3}>{t('da.cdeList.rowsOf', { lea: lea.leaName ?? lea.leaId })}</Title>
                <List size="sm">
                  {lea.rows.map((row) => (
                    <List.Item key={`${row.group}:${row.indicator}`}>
                      {t('da.cdeList.row', {
                        group: t(`da.groups.${row.group}`),
                        indicator: t(`da.indicators.${row.indicator}`),
                        color: row.color ? t(`da.colors.${row.color}`) : '—',
                        status: row.statusLevel ? t(`da.statusLevels.${row.statusLevel}`) : '—',
                        n: row.n ?? '—',
                      })}
                    </List.Item>
                  ))}
                </List>
              </Stack>
            ))}
        </>
      )}
    </Stack>
  );
}

/** A state user uploads the Dashboard files, sees what was read, and runs a determination. */
export function DaUploadPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [year, setYear] = useState<number | string>('');
  const upload = useMutation({
    mutationFn: () => api<DaImport>('POST', '/api/da/imports', dashboardForm(files, year)),
  });
  const run = useMutation({
    mutationFn: (importId: string) =>
      api<Determination>(
        'POST',
        `/api/da/imports/${importId}/determinations`,
        typeof year === 'number' ? { year } : {},
      ),
    onSuccess: async (determination) => {
      await queryClient.invalidateQueries({ queryKey: ['da'] });
      await navigate(`/da?determination=${determination.id}`);
    },
  });
  const n = (value: number) => formatNumber(value, i18n.language);
  const summary = upload.data?.summary;

  return (
    <Stack maw={760}>
      <Anchor component={Link} to="/da" size="sm">
        {t('da.backToResults')}
      </Anchor>
      <Title order={1}>{t('da.upload.title')}</Title>
      <Text>{t('da.upload.intro')}</Text>
      <FileInput
        label={t('da.upload.files')}
        description={t('da.upload.filesHint')}
        accept=".txt,.zip,.csv,.json,.xlsx,text/plain,text/csv,application/zip,application/json"
        multiple
        clearable
        clearButtonProps={{ 'aria-label': t('da.upload.clear') }}
        value={files}
        onChange={(chosen) => {
          setFiles(chosen);
          upload.reset();
        }}
      />
      <NumberInput
        label={t('da.upload.year')}
        description={t('da.upload.yearHint')}
        value={year}
        onChange={setYear}
        min={2017}
        max={2100}
        allowDecimal={false}
        w={200}
      />
      <Button
        disabled={files.length === 0}
        loading={upload.isPending}
        onClick={() => upload.mutate()}
        w="fit-content"
      >
        {t('da.upload.submit')}
      </Button>
      {upload.error && (
        <Alert color="red" role="alert" title={t('da.upload.refused')}>
          {upload.error instanceof ApiError ? upload.error.message : String(upload.error)}
        </Alert>
      )}
      {upload.data && summary && (
        <Stack>
          <Title order={2}>{t('da.upload.read')}</Title>
          <List size="sm" aria-live="polite">
            <List.Item>
              {t('da.upload.leas', {
                count: summary.leas,
                formatted: n(summary.leas),
                districts: n(summary.leasByType.district ?? 0),
                coes: n(summary.leasByType.coe ?? 0),
                charters: n(summary.leasByType.charter ?? 0),
              })}
            </List.Item>
            <List.Item>{t('da.upload.years', { years: summary.years.join(', ') })}</List.Item>
            {summary.rowsByFile.map((file) => (
              <List.Item key={file.file}>
                {t('da.upload.rows', { file: file.file, formatted: n(file.rows) })}
              </List.Item>
            ))}
            <List.Item>{t('da.upload.ignored', { formatted: n(summary.ignoredCount) })}</List.Item>
          </List>
          {summary.cde && <CdeReport report={summary.cde} n={n} />}
          {summary.ignoredCount > 0 && (
            <>
              <Title order={3}>{t('da.upload.ignoredTitle')}</Title>
              <List size="sm">
                {Object.entries(summary.ignoredByReason)
                  .filter(([, count]) => count > 0)
                  .map(([reason, count]) => (
                    <List.Item key={reason}>
                      {t('da.upload.reasonCount', { reason: t(`da.reasons.${reason}`), formatted: n(count) })}
                    </List.Item>
                  ))}
              </List>
              <ScrollTable minWidth={560} label={t('da.upload.ignoredTitle')}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('da.upload.file')}</Table.Th>
                      <Table.Th scope="col">{t('da.upload.line')}</Table.Th>
                      <Table.Th scope="col">{t('da.lea.id')}</Table.Th>
                      <Table.Th scope="col">{t('da.year')}</Table.Th>
                      <Table.Th scope="col">{t('da.upload.why')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {summary.ignored.slice(0, 100).map((row) => (
                      <Table.Tr key={`${row.file}:${row.line}`}>
                        <Table.Td>{row.file}</Table.Td>
                        <Table.Td>{row.line}</Table.Td>
                        <Table.Td>{row.leaId}</Table.Td>
                        <Table.Td>{row.year}</Table.Td>
                        <Table.Td>
                          {t(`da.reasons.${row.reason}`)}
                          {row.detail ? ` (${row.detail})` : ''}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            </>
          )}
          <Group>
            <Button loading={run.isPending} onClick={() => run.mutate(upload.data.id)}>
              {t('da.upload.run', { year: typeof year === 'number' ? year : upload.data.year })}
            </Button>
          </Group>
          {run.error && (
            <Alert color="red" role="alert" title={t('da.upload.runFailed')}>
              {run.error instanceof ApiError ? run.error.message : String(run.error)}
            </Alert>
          )}
          <CdeListCheckPanel importId={upload.data.id} />
        </Stack>
      )}
    </Stack>
  );
}
