// The bench page's mock backend worker: the app's handlers plus "every request at once".
import '@mocks/runtime/worker/storage-stand-in';
import { serveMockApi } from '@mocks/runtime/worker/serve-mock-api';
import { handlers } from '@mocks/server/handlers';
import { allRequestsHandler } from './all-requests';

serveMockApi([...handlers, allRequestsHandler]);
