/**
 * Cookie mode's CSRF defence, on top of SameSite=Strict: a header that a form on another site
 * cannot send, on every unsafe method (named in the contract: contract/openapi/build-document.ts).
 */
export const csrfHeader = { name: 'X-Requested-With', value: 'vein-desk' } as const;
