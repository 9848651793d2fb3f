import { buildOpenApiDocument } from './build-document';

/** The document as committed: pretty JSON with a final newline. */
export async function generateDocumentText(): Promise<string> {
  return `${JSON.stringify(buildOpenApiDocument({}), null, 2)}\n`;
}
