import { Affix, Button, Drawer, Group, NumberInput, Select, Slider, Stack, Text, Title } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useState, useSyncExternalStore } from 'react';
import { mockControl as control } from '../runtime/browser';
import { type ScenarioName, scenarioNames } from '../server/db';

const scenarioLabels: Record<ScenarioName, string> = {
  typical: 'Typical clinic',
  empty: 'Empty clinic',
  'busy-week': 'Busy week',
  large: '10,000 requests',
};

/** Development-only controls for the mock backend: never part of a real production build. */
export function DevPanel() {
  const [opened, { open, close }] = useDisclosure(false);
  const state = useSyncExternalStore(control.subscribe, control.getMockState);
  const queryClient = useQueryClient();
  const [advanceMinutes, setAdvanceMinutes] = useState<number | string>(60);
  const refresh = () => void queryClient.invalidateQueries();
  const act = (change: () => void | Promise<void>) => async () => {
    await change();
    refresh();
  };
  // The backend is still restoring its data.
  if (!state) return null;

  return (
    <>
      <Affix position={{ bottom: 16, left: 16 }}>
        <Button variant="light" color="grape" size="xs" onClick={open}>
          Mock backend
        </Button>
      </Affix>
      <Drawer
        opened={opened}
        onClose={close}
        title={
          <Title order={2} size="h4">
            Mock backend
          </Title>
        }
        position="left"
      >
        <Stack>
          <Select
            label="Scenario"
            description="Reseeds the data; the same seeds the tests use."
            data={scenarioNames.map((value) => ({ value, label: scenarioLabels[value] }))}
            value={state.scenario}
            allowDeselect={false}
            onChange={(value) => value && void act(() => control.setScenario(value as ScenarioName))()}
          />
          <Button variant="default" onClick={act(control.resetData)}>
            Reset data
          </Button>
          <Button variant="default" onClick={act(control.simulateIncomingRequest)}>
            Simulate a website request
          </Button>
          <div>
            <Text size="sm" fw={500}>
              Latency: {state.latencyMs} ms
            </Text>
            <Slider
              thumbLabel="Latency in milliseconds"
              min={0}
              max={3000}
              step={50}
              value={state.latencyMs}
              onChange={control.setLatency}
            />
          </div>
          <div>
            <Text size="sm" fw={500}>
              Failure rate: {Math.round(state.failureRate * 100)} %
            </Text>
            <Slider
              thumbLabel="Failure rate in percent"
              min={0}
              max={100}
              value={Math.round(state.failureRate * 100)}
              onChange={(percent) => control.setFailureRate(percent / 100)}
            />
          </div>
          <div>
            <Text size="sm" fw={500} id="fail-next-label">
              Fail the next request
            </Text>
            <Group gap="xs" role="group" aria-labelledby="fail-next-label">
              <Button size="xs" variant="default" onClick={() => control.failNext(1, 'server')}>
                Server error
              </Button>
              <Button size="xs" variant="default" onClick={() => control.failNext(1, 'network')}>
                Offline
              </Button>
              <Button size="xs" variant="default" onClick={() => control.failNext(1, 'timeout')}>
                Timeout
              </Button>
            </Group>
          </div>
          <DateTimePicker
            label="Mock clock"
            description="Empty follows the real time."
            clearable
            value={state.now}
            onChange={(value) => void act(() => control.setClockTo(value ? new Date(value).toISOString() : null))()}
          />
          <Group align="flex-end">
            <NumberInput
              label="Advance by (minutes)"
              value={advanceMinutes}
              onChange={setAdvanceMinutes}
              min={1}
              w={160}
            />
            <Button variant="default" onClick={act(() => control.advanceClock(Number(advanceMinutes) || 0))}>
              Advance
            </Button>
          </Group>
        </Stack>
      </Drawer>
    </>
  );
}
