// The app's mock backend worker (started by `../browser.ts`).
import './storage-stand-in';
import { handlers } from '../../server/handlers';
import { serveMockApi } from './serve-mock-api';

serveMockApi(handlers);
