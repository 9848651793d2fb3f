// The bench page's mock backend worker: the app's handlers plus "every request at once".
import '@mocks/worker/storage-stand-in';
import { handlers } from '@mocks/handlers';
import { serveMockApi } from '@mocks/worker/serve-mock-api';
import { allRequestsHandler } from './all-requests';

serveMockApi([...handlers, allRequestsHandler]);
