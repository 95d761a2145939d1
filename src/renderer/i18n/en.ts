// The English catalogue is the reference: its keys define `Messages`, so the compiler refuses a French
// or Spanish catalogue that lacks a key or has one too many. `{name}` marks a value filled in at run time.
import { baggingEn } from './bagging.en'
import { devicesEn } from './devices.en'
import { customsEn } from './customs.en'
import { exchangeEn } from './exchange.en'
import { labelsEn } from './labels.en'

export const en = {
  'app.title': 'Post Station',
  'nav.label': 'Screens',
  'nav.shortcut': 'Alt+{n}',

  'screen.identify': 'Identify',
  'screen.bagging': 'Bagging',
  'screen.dispatch': 'Dispatch',
  'screen.inbound': 'Inbound',
  'screen.customs': 'Customs',
  'screen.history': 'Item history',
  'screen.labels': 'Labels',
  'screen.devices': 'Devices',
  'screen.settings': 'Settings',

  'planned.notAvailable': 'This screen is not available in this version of Post Station.',
  'planned.willDo': 'What it will do',
  'planned.meanwhile': 'Codes can already be checked on the Identify screen (Alt+1 or F2).',
  'planned.inbound':
    'Receive inbound dispatches: check each scanned receptacle against the PREDES pre-advice, answer with RESDES and record irregularities (CN 43).',
  'planned.customs':
    'For customs officers: items presented to customs with their advance data (ITMATT); place a hold with a reason, release, return or seize. Every decision is audited and blocks or frees the item downstream.',
  'planned.history':
    'Look up one item by its S10 number and see everything that happened to it: scans, receptacles, dispatches and customs decisions.',

  'status.label': 'Station engine:',
  'status.open': 'Connected',
  'status.connecting': 'Connecting…',
  'status.closed': 'Engine unreachable — retrying',
  'status.engine.desktop': 'desktop app',
  'status.engine.server': 'station server',
  'status.engine.cli': 'command line',
  'status.version': 'version {version}',
  'status.keys': 'F2 or /: scan field · Esc: clear · Alt+1…9: screens',

  'identify.inputLabel': 'Scan or type a code',
  'identify.inputHint':
    'Enter identifies. Several codes at once: paste them separated by spaces or new lines. Esc clears.',
  'identify.submit': 'Identify',
  'identify.working': 'Identifying…',
  'identify.idle': 'Scan an item, dispatch or receptacle label, or type its code.',
  'identify.batch':
    'Codes identified: {count}. Valid: {valid}. With warnings: {warnings}. Not valid: {invalid}. All are in the list below; the last one is shown here.',

  'outcome.valid.item': 'Valid item',
  'outcome.valid.dispatch': 'Valid dispatch',
  'outcome.valid.receptacle': 'Valid receptacle',
  'outcome.valid.office': 'Valid office of exchange',
  'outcome.valid.unknown': 'Valid',
  'outcome.withWarnings': '{outcome}, with warnings',
  'outcome.invalid': 'Not valid',

  'kind.item': 'Item (S10)',
  'kind.dispatch': 'Dispatch (S8)',
  'kind.receptacle': 'Receptacle (S9)',
  'kind.office': 'Office of exchange (IMPC)',
  'kind.unknown': 'Not recognised',

  'result.code': 'Code',
  'result.typed': 'As scanned or typed: {input}',
  'result.symbology': 'Barcode: {symbology}',
  'result.errors': 'Why it is not valid',
  'result.warnings': 'Warnings',

  'field.service': 'Service',
  'field.serial': 'Serial number',
  'field.checkDigit': 'Check digit',
  'field.country': 'Country',
  'field.origin': 'Origin office of exchange',
  'field.destination': 'Destination office of exchange',
  'field.category': 'Mail category',
  'field.subclass': 'Mail subclass',
  'field.mailClass': 'Mail class',
  'field.year': 'Year (last digit)',
  'field.dispatchNumber': 'Dispatch number',
  'field.receptacleSerial': 'Receptacle number',
  'field.highest': 'Last receptacle of the dispatch',
  'field.registered': 'Registered or insured items',
  'field.weight': 'Gross weight',
  'field.location': 'Location',
  'field.officeName': 'Office name',

  'value.yes': 'Yes',
  'value.no': 'No',
  'value.notGiven': 'Not given',
  'value.noMeaning': 'no meaning in the code list',
  'value.notInList': 'not in the IMPC code list',
  'value.nameUnknown': 'name not known',
  'value.weightOver': 'over {weight}',

  'history.title': 'Last identifications',
  'history.empty': 'Nothing identified yet.',
  'history.clear': 'Clear the list',
  'history.show': 'Show {code} again',

  'engineError.title': 'Not identified: the station engine did not answer',
  'engineError.unavailable':
    'The station engine cannot be reached. Check that it is running and that this computer is connected.',
  'engineError.unauthorized':
    'This screen is not allowed to use the station engine: the access token is missing or wrong.',
  'engineError.forbidden': 'Your role does not allow this. Ask a supervisor.',
  'engineError.bad_request': 'The station engine refused the request as malformed.',
  'engineError.bad_response':
    'The station engine answered with data this screen cannot read: the two may be different versions.',
  'engineError.unknown_command': 'The station engine does not know this command: it may be an older version.',
  'engineError.internal': 'The station engine failed while working on the request.',
  'engineError.unexpected': 'An unexpected error stopped the request.',
  'engineError.details': 'Details: {message}',
  'engineError.codes': 'These codes were not identified: {codes}',
  'engineError.retry': 'Try again',

  'finding.empty': 'Nothing was scanned or typed.',
  'finding.empty.symbology': 'The scan holds only the barcode type prefix {symbology}, and no identifier.',
  'finding.length.unknown':
    'Not a postal identifier: it has {length} characters, but an item identifier has 13, a dispatch identifier 20, a receptacle identifier 29 and an office of exchange code 6.',
  'finding.unrecognized':
    'Not a postal identifier: it has {length} characters, but they do not follow the pattern of any identifier.',
  'finding.characters.any':
    'Character {char} at position {position} is not allowed: identifiers take letters A to Z and digits only.',
  'finding.length.item':
    'An item identifier has 13 characters (2 letters, 9 digits, 2 letters), but this one has {length}.',
  'finding.length.dispatch':
    'A dispatch identifier has 20 characters (15 letters, then 5 digits), but this one has {length}.',
  'finding.length.receptacle':
    'A receptacle identifier has 29 characters (15 letters, then 14 digits), but this one has {length}.',
  'finding.length.office':
    'An office of exchange (IMPC) code has 6 letters, but this one has {length} characters.',
  'finding.characters': 'Character {char} at position {position} is not allowed: {field} takes {expected}.',
  'finding.check_digit':
    'Wrong check digit: the code has {checkDigit}, but serial number {serial} requires {expected}.',
  'finding.unknown_category': 'Mail category {category} is unknown: it must be A, B, C or D.',
  'finding.receptacle_serial_zero':
    'Receptacle number 000 does not exist: receptacle numbers run from 001 to 999.',
  'finding.dispatch_number_zero':
    'Dispatch number 0000 does not exist: dispatch numbers run from 0001 to 9999.',
  'finding.indicator.highest':
    'The last-receptacle indicator is {value}: it must be 1 (last receptacle of the dispatch), 0 (not the last) or 9 (not given).',
  'finding.indicator.registered':
    'The registered/insured indicator is {value}: it must be 1 (contains registered or insured items), 0 (does not) or 9 (not given).',
  'finding.service_reserved':
    'Service indicator {serviceIndicator} is reserved for domestic, bilateral or multilateral use; other posts accept it only by agreement.',
  'finding.service_unassigned':
    'Service indicator {serviceIndicator} is not assigned by the UPU; check the label.',
  'finding.service_not_assignable':
    'Service indicator {serviceIndicator} starts with a letter the UPU never assigns; check the label.',
  'finding.unknown_country': 'Country code {country} is not an ISO country code.',
  'finding.unknown_country.office':
    'Office code {office} starts with {country}, which is not an ISO country code.',
  'finding.unknown_country.origin':
    'Origin office {office} starts with {country}, which is not an ISO country code.',
  'finding.unknown_country.destination':
    'Destination office {office} starts with {country}, which is not an ISO country code.',
  'finding.unknown_office':
    'Office code {office} is not in the IMPC code list of this station; check the code.',
  'finding.unknown_office.origin':
    'Origin office {office} is not in the IMPC code list of this station; check the code.',
  'finding.unknown_office.destination':
    'Destination office {office} is not in the IMPC code list of this station; check the code.',
  'finding.unknown_subclass': 'Mail subclass {subclass} is not in the mail subclass code list.',
  'finding.same_office':
    'Origin and destination are the same office ({office}); a dispatch goes from one office of exchange to another.',
  'finding.weight_unknown_heavy':
    'Weight code 9999 means heavier than 999.8 kg; the exact weight is not given.',
  'finding.weight_zero':
    'The weight is 0.0 kg, but a receptacle always weighs something: check the scale reading.',

  'part.serviceIndicator': 'the service indicator',
  'part.serialNumber': 'the serial number',
  'part.checkDigit': 'the check digit',
  'part.countryCode': 'the country code',
  'part.locationCode': 'the location code',
  'part.officeLetter': 'the office letter',
  'part.originOffice': 'the origin office',
  'part.destinationOffice': 'the destination office',
  'part.mailCategory': 'the mail category',
  'part.mailSubclass': 'the mail subclass',
  'part.dispatchYear': 'the dispatch year',
  'part.dispatchNumber': 'the dispatch number',
  'part.receptacleNumber': 'the receptacle number',
  'part.highestIndicator': 'the last-receptacle indicator',
  'part.registeredIndicator': 'the registered/insured indicator',
  'part.weight': 'the weight',
  'charClass.letter': 'letters A to Z only',
  'charClass.digit': 'digits only',
  'charClass.alnum': 'letters A to Z and digits only',

  'settings.language': 'Language',
  'settings.sound': 'Sound',
  'settings.soundOn': 'Play a tone after each scan or identification',
  'settings.volume': 'Volume',
  'settings.try': 'Hear the tones',
  'settings.kept': 'These settings are kept on this computer.',
  'settings.about': 'About this station',
  'settings.engine': 'Engine',
  'settings.version': 'Version',
  'settings.dataDir': 'Data folder',
  'settings.dataDirNone': 'None (nothing is stored)',
  'settings.codeLists': 'Code lists',
  'settings.list': 'List',
  'settings.listVersion': 'Version',
  'settings.listSource': 'Source',
  'settings.listEntries': 'Entries',
  'codeList.serviceIndicators': 'S10 service indicators',
  'codeList.countries': 'Countries (ISO 3166-1)',
  'codeList.mailCategories': 'Mail categories',
  'codeList.mailClasses': 'Mail classes',
  'codeList.mailSubclasses': 'Mail subclasses',
  'codeList.impc': 'Offices of exchange (IMPC)',
  'settings.loading': 'Asking the station engine…',
  'settings.infoFailed': 'The station engine did not say which version it is.',

  'tone.good': 'Good read',
  'tone.warning': 'Warning',
  'tone.error': 'Error',

  ...baggingEn,
  ...devicesEn,
  ...labelsEn,
  ...exchangeEn,
  ...customsEn,
}

export type MessageKey = keyof typeof en
export type Messages = { readonly [K in MessageKey]: string }
