import { Table } from '@mantine/core';
import { FlexRender, useTable } from '@tanstack/react-table';
import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import type { TreatmentSeries } from '../../schemas';
import { type SeriesTableMeta, seriesColumns, seriesFeatures } from './series-columns';

type Props = { rows: TreatmentSeries[]; meta: SeriesTableMeta; caption: string };

const getRowId = (series: TreatmentSeries) => series.id;

/** One page of series; the patient's name links to the series, and a click anywhere on the row opens it. */
export function SeriesTable({ rows, meta, caption }: Props) {
  const navigate = useNavigate();
  const table = useTable({ features: seriesFeatures, columns: seriesColumns, data: rows, getRowId, meta });
  const open = (id: string) => (event: MouseEvent<HTMLTableRowElement>) => {
    if (event.target instanceof Element && event.target.closest('a, button')) return;
    void navigate(paths.seriesDetail(id));
  };

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => (
                <Table.Th key={header.id} scope="col">
                  <FlexRender header={header} />
                </Table.Th>
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
