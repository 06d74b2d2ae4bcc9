// English wording: phone.
export const phone = {
} as const
