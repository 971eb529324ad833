// Field limits shared by the schemas, the store and the UI, so an oversized field is
// refused with the same number everywhere (and the UI can count down before sending).
export const LIMITS = {
  name: 200,
  email: 254,
  phoneInput: 40,
  phonesPerCustomer: 5,
  subject: 300,
  noteBody: 10_000,
  summary: 500,
  commitment: 500,
  searchText: 200,
  searchResults: 50,
} as const;
