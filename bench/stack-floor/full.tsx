import { Button, MantineProvider } from '@mantine/core';
import dayjs from 'dayjs';
import { z } from 'zod';
import { Rows, renderFloorPage } from './core-page';

// The core libraries, plus zod (one schema), Mantine (its provider and a button) and dayjs.
const itemSchema = z.object({ id: z.string(), receivedAt: z.iso.datetime() });

function Page() {
  return (
    <MantineProvider>
      <Button onClick={() => console.info(itemSchema.safeParse({ id: '1', receivedAt: dayjs().toISOString() }))}>
        Check
      </Button>
      <Rows />
    </MantineProvider>
  );
}

renderFloorPage(Page);
