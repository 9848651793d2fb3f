import { Table, UnstyledButton } from '@mantine/core';
import { FlexRender, type Header, type SortingState, useTable } from '@tanstack/react-table';
import { type MouseEvent, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { type PatientRow, type PatientSort, patientSorts } from '../../search-schemas';
import { type PatientTableMeta, patientColumns, patientFeatures } from './patient-columns';

type Props = {
  rows: PatientRow[];
  meta: PatientTableMeta;
  caption: string;
  sort: PatientSort;
  order: 'asc' | 'desc';
  onSort: (sort: PatientSort, order: 'asc' | 'desc') => void;
};

const getRowId = (row: PatientRow) => row.id;
const ariaSort = { asc: 'ascending', desc: 'descending' } as const;
const arrows = { asc: '▲', desc: '▼' } as const;

function HeaderCell({ header }: { header: Header<typeof patientFeatures, PatientRow, unknown> }) {
  const { column } = header;
  const label = <FlexRender header={header} />;
  if (!column.getCanSort()) return <Table.Th scope="col">{label}</Table.Th>;
  const sorted = column.getIsSorted();
  return (
    <Table.Th scope="col" aria-sort={sorted ? ariaSort[sorted] : 'none'}>
      <UnstyledButton fw={600} fz="sm" onClick={column.getToggleSortingHandler()}>
        {label} <span aria-hidden>{sorted ? arrows[sorted] : '↕'}</span>
      </UnstyledButton>
    </Table.Th>
  );
}

/** One server page of patients, sorted by the server; the name links to the patient, a click on the row opens it. */
export function PatientTable({ rows, meta, caption, sort, order, onSort }: Props) {
  const navigate = useNavigate();
  const sorting = useMemo<SortingState>(() => [{ id: sort, desc: order === 'desc' }], [sort, order]);
  const table = useTable({
    features: patientFeatures,
    columns: patientColumns,
    data: rows,
    getRowId,
    meta,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    initialState: { sorting },
    state: { sorting },
    onSortingChange: (updater) => {
      const [next] = typeof updater === 'function' ? updater(sorting) : updater;
      const key = patientSorts.find((sortKey) => sortKey === next?.id);
      if (next && key) onSort(key, next.desc ? 'desc' : 'asc');
    },
  });
  const open = (id: string) => (event: MouseEvent<HTMLTableRowElement>) => {
    if (event.target instanceof Element && event.target.closest('a, button')) return;
    void navigate(paths.patient(id));
  };

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => (
                <HeaderCell key={header.id} header={header} />
              ))}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {table.getRowModel().rows.map((row) => (
            <Table.Tr key={row.id} onClick={open(row.id)} style={{ cursor: 'pointer' }}>
              {row.getAllCells().map((cell) => (
                <Table.Td key={cell.id}>
                  <FlexRender cell={cell} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
