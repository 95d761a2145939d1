// The non-ASCII characters of the ISO 8859 parts behind syntax identifiers UNOD–UNOK, as hexadecimal code
// points and ranges (the upper halves, 0xA0–0xFF, mapped to Unicode). Kept as data so a wrong entry is
// corrected here without touching code. Generated from the WHATWG single-byte tables; for 8859-9 (UNOK)
// the upper half equals windows-1254's, which WHATWG uses for it.

export const ISO_8859_UPPER: Readonly<Record<string, string>> = {
  // ISO 8859-2, Latin alphabet No. 2
  UNOD: `A0 A4 A7-A8 AD B0 B4 B8 C1-C2 C4 C7 C9 CB CD-CE D3-D4 D6-D7 DA DC-DD DF E1-E2 E4 E7 E9 EB ED-EE
    F3-F4 F6-F7 FA FC-FD 102-107 10C-111 118-11B 139-13A 13D-13E 141-144 147-148 150-151 154-155 158-15B
    15E-165 16E-171 179-17E 2C7 2D8-2D9 2DB 2DD`,
  // ISO 8859-5, Latin/Cyrillic
  UNOE: `A0 A7 AD 401-40C 40E-44F 451-45C 45E-45F 2116`,
  // ISO 8859-7, Latin/Greek (with the 2003 additions € ₯ ͺ)
  UNOF: `A0 A3 A6-A9 AB-AD B0-B3 B7 BB BD 37A 384-386 388-38A 38C 38E-3A1 3A3-3CE 2015 2018-2019 20AC 20AF`,
  // ISO 8859-3, Latin alphabet No. 3
  UNOG: `A0 A3-A4 A7-A8 AD B0 B2-B5 B7-B8 BD C0-C2 C4 C7-CF D1-D4 D6-D7 D9-DC DF-E2 E4 E7-EF F1-F4 F6-F7
    F9-FC 108-10B 11C-121 124-127 130-131 134-135 15C-15F 16C-16D 17B-17C 2D8-2D9`,
  // ISO 8859-4, Latin alphabet No. 4
  UNOH: `A0 A4 A7-A8 AD AF-B0 B4 B8 C1-C6 C9 CB CD-CE D4-D8 DA-DC DF E1-E6 E9 EB ED-EE F4-F8 FA-FC 100-101
    104-105 10C-10D 110-113 116-119 122-123 128-12B 12E-12F 136-138 13B-13C 145-146 14A-14D 156-157 160-161
    166-16B 172-173 17D-17E 2C7 2D9 2DB`,
  // ISO 8859-6, Latin/Arabic
  UNOI: `A0 A4 AD 60C 61B 61F 621-63A 640-652`,
  // ISO 8859-8, Latin/Hebrew
  UNOJ: `A0 A2-A9 AB-B9 BB-BE D7 F7 5D0-5EA 200E-200F 2017`,
  // ISO 8859-9, Latin alphabet No. 5
  UNOK: `A0-CF D1-DC DF-EF F1-FC FF 11E-11F 130-131 15E-15F`,
}
