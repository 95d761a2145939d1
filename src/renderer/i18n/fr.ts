// French: postal vocabulary as the UPU's French texts use it (envoi, dépêche, récipient, bureau d'échange).
import { baggingFr } from './bagging.fr'
import { devicesFr } from './devices.fr'
import { customsFr } from './customs.fr'
import { exchangeFr } from './exchange.fr'
import { labelsFr } from './labels.fr'
import type { Messages } from './en'

export const fr: Messages = {
  'app.title': 'Post Station',
  'nav.label': 'Écrans',
  'nav.shortcut': 'Alt+{n}',

  'screen.identify': 'Identifier',
  'screen.bagging': 'Ensachage',
  'screen.dispatch': 'Dépêches',
  'screen.inbound': 'Arrivées',
  'screen.customs': 'Douane',
  'screen.history': "Historique d'un envoi",
  'screen.labels': 'Étiquettes',
  'screen.devices': 'Appareils',
  'screen.settings': 'Réglages',

  'planned.notAvailable': "Cet écran n'est pas disponible dans cette version de Post Station.",
  'planned.willDo': "Ce qu'il permettra de faire",
  'planned.meanwhile': "Vous pouvez déjà vérifier des codes dans l'écran Identifier (Alt+1 ou F2).",
  'planned.inbound':
    "Recevoir les dépêches à l'arrivée : contrôler chaque récipient scanné par rapport au préavis PREDES, répondre par RESDES et enregistrer les irrégularités (CN 43).",
  'planned.customs':
    "Pour les agents des douanes : les envois présentés à la douane avec leurs données préalables (ITMATT) ; retenir un envoi en indiquant le motif, le libérer, le renvoyer ou le saisir. Chaque décision est tracée et bloque ou libère l'envoi pour la suite du traitement.",
  'planned.history':
    'Retrouver un envoi par son numéro S10 et voir tout ce qui lui est arrivé : lectures, récipients, dépêches et décisions de la douane.',

  'status.label': 'Moteur de la station :',
  'status.open': 'Connecté',
  'status.connecting': 'Connexion…',
  'status.closed': 'Moteur injoignable — nouvelle tentative',
  'status.engine.desktop': 'application de bureau',
  'status.engine.server': 'serveur de la station',
  'status.engine.cli': 'ligne de commande',
  'status.version': 'version {version}',
  'status.keys': 'F2 ou / : saisie · Échap : effacer · Alt+1…9 : écrans',

  'identify.inputLabel': 'Scannez ou tapez un code',
  'identify.inputHint':
    'Entrée pour identifier. Plusieurs codes à la fois : collez-les séparés par des espaces ou des retours à la ligne. Échap efface.',
  'identify.submit': 'Identifier',
  'identify.working': 'Identification…',
  'identify.idle': "Scannez l'étiquette d'un envoi, d'une dépêche ou d'un récipient, ou tapez son code.",
  'identify.batch':
    'Codes identifiés : {count}. Valides : {valid}. Avec avertissements : {warnings}. Non valides : {invalid}. Tous figurent dans la liste ci-dessous ; le dernier est affiché ici.',

  'outcome.valid.item': 'Envoi valide',
  'outcome.valid.dispatch': 'Dépêche valide',
  'outcome.valid.receptacle': 'Récipient valide',
  'outcome.valid.office': "Bureau d'échange valide",
  'outcome.valid.unknown': 'Valide',
  'outcome.withWarnings': '{outcome}, avec avertissements',
  'outcome.invalid': 'Non valide',

  'kind.item': 'Envoi (S10)',
  'kind.dispatch': 'Dépêche (S8)',
  'kind.receptacle': 'Récipient (S9)',
  'kind.office': "Bureau d'échange (IMPC)",
  'kind.unknown': 'Non reconnu',

  'result.code': 'Code',
  'result.typed': 'Tel que scanné ou tapé : {input}',
  'result.symbology': 'Code-barres : {symbology}',
  'result.errors': "Pourquoi il n'est pas valide",
  'result.warnings': 'Avertissements',

  'field.service': 'Service',
  'field.serial': 'Numéro de série',
  'field.checkDigit': 'Chiffre de contrôle',
  'field.country': 'Pays',
  'field.origin': "Bureau d'échange d'origine",
  'field.destination': "Bureau d'échange de destination",
  'field.category': 'Catégorie de courrier',
  'field.subclass': 'Sous-classe de courrier',
  'field.mailClass': 'Classe de courrier',
  'field.year': 'Année (dernier chiffre)',
  'field.dispatchNumber': 'Numéro de dépêche',
  'field.receptacleSerial': 'Numéro de récipient',
  'field.highest': 'Dernier récipient de la dépêche',
  'field.registered': 'Envois recommandés ou avec valeur déclarée',
  'field.weight': 'Poids brut',
  'field.location': 'Lieu',
  'field.officeName': 'Nom du bureau',

  'value.yes': 'Oui',
  'value.no': 'Non',
  'value.notGiven': 'Non indiqué',
  'value.noMeaning': 'aucune signification dans la liste de codes',
  'value.notInList': 'absent de la liste des codes IMPC',
  'value.nameUnknown': 'nom inconnu',
  'value.weightOver': 'plus de {weight}',

  'history.title': 'Dernières identifications',
  'history.empty': "Rien n'a encore été identifié.",
  'history.clear': 'Vider la liste',
  'history.show': 'Afficher à nouveau {code}',

  'engineError.title': "Non identifié : le moteur de la station n'a pas répondu",
  'engineError.unavailable':
    "Le moteur de la station est injoignable. Vérifiez qu'il fonctionne et que cet ordinateur est connecté.",
  'engineError.unauthorized':
    "Cet écran n'est pas autorisé à utiliser le moteur de la station : le jeton d'accès est absent ou erroné.",
  'engineError.forbidden': 'Votre rôle ne permet pas cette action. Demandez à un superviseur.',
  'engineError.bad_request': 'Le moteur de la station a refusé la requête comme mal formée.',
  'engineError.bad_response':
    'Le moteur de la station a répondu avec des données que cet écran ne sait pas lire : les deux sont peut-être de versions différentes.',
  'engineError.unknown_command':
    "Le moteur de la station ne connaît pas cette commande : il s'agit peut-être d'une version plus ancienne.",
  'engineError.internal': 'Le moteur de la station a échoué en traitant la requête.',
  'engineError.unexpected': 'Une erreur inattendue a interrompu la requête.',
  'engineError.details': 'Détails : {message}',
  'engineError.codes': "Ces codes n'ont pas été identifiés : {codes}",
  'engineError.retry': 'Réessayer',

  'finding.empty': "Rien n'a été scanné ni tapé.",
  'finding.empty.symbology':
    'La lecture ne contient que le préfixe de type de code-barres {symbology}, sans identifiant.',
  'finding.length.unknown':
    "Ce n'est pas un identifiant postal : il a {length} caractères, alors qu'un identifiant d'envoi en a 13, un identifiant de dépêche 20, un identifiant de récipient 29 et un code de bureau d'échange 6.",
  'finding.unrecognized':
    "Ce n'est pas un identifiant postal : il a {length} caractères, mais ils ne suivent le modèle d'aucun identifiant.",
  'finding.characters.any':
    "Le caractère {char} en position {position} n'est pas admis : les identifiants ne prennent que des lettres de A à Z et des chiffres.",
  'finding.length.item':
    "Un identifiant d'envoi a 13 caractères (2 lettres, 9 chiffres, 2 lettres), mais celui-ci en a {length}.",
  'finding.length.dispatch':
    'Un identifiant de dépêche a 20 caractères (15 lettres, puis 5 chiffres), mais celui-ci en a {length}.',
  'finding.length.receptacle':
    'Un identifiant de récipient a 29 caractères (15 lettres, puis 14 chiffres), mais celui-ci en a {length}.',
  'finding.length.office':
    "Un code de bureau d'échange (IMPC) a 6 lettres, mais celui-ci a {length} caractères.",
  'finding.characters':
    "Le caractère {char} en position {position} n'est pas admis : {field} ne prend que {expected}.",
  'finding.check_digit':
    'Chiffre de contrôle erroné : le code porte {checkDigit}, mais le numéro de série {serial} exige {expected}.',
  'finding.unknown_category': 'Catégorie de courrier {category} inconnue : elle doit être A, B, C ou D.',
  'finding.receptacle_serial_zero':
    "Le numéro de récipient 000 n'existe pas : les numéros de récipient vont de 001 à 999.",
  'finding.dispatch_number_zero':
    "Le numéro de dépêche 0000 n'existe pas : les numéros de dépêche vont de 0001 à 9999.",
  'finding.indicator.highest':
    "L'indicateur de dernier récipient vaut {value} : il doit valoir 1 (dernier récipient de la dépêche), 0 (pas le dernier) ou 9 (non indiqué).",
  'finding.indicator.registered':
    "L'indicateur de recommandés ou valeur déclarée vaut {value} : il doit valoir 1 (contient des envois recommandés ou avec valeur déclarée), 0 (n'en contient pas) ou 9 (non indiqué).",
  'finding.service_reserved':
    "L'indicateur de service {serviceIndicator} est réservé à l'usage national, bilatéral ou multilatéral ; les autres postes ne l'acceptent que par accord.",
  'finding.service_unassigned':
    "L'indicateur de service {serviceIndicator} n'est pas attribué par l'UPU ; vérifiez l'étiquette.",
  'finding.service_not_assignable':
    "L'indicateur de service {serviceIndicator} commence par une lettre que l'UPU n'attribue jamais ; vérifiez l'étiquette.",
  'finding.unknown_country': "Le code pays {country} n'est pas un code de pays ISO.",
  'finding.unknown_country.office':
    "Le code de bureau {office} commence par {country}, qui n'est pas un code de pays ISO.",
  'finding.unknown_country.origin':
    "Le bureau d'origine {office} commence par {country}, qui n'est pas un code de pays ISO.",
  'finding.unknown_country.destination':
    "Le bureau de destination {office} commence par {country}, qui n'est pas un code de pays ISO.",
  'finding.unknown_office':
    'Le code de bureau {office} ne figure pas dans la liste des codes IMPC de cette station ; vérifiez le code.',
  'finding.unknown_office.origin':
    "Le bureau d'origine {office} ne figure pas dans la liste des codes IMPC de cette station ; vérifiez le code.",
  'finding.unknown_office.destination':
    'Le bureau de destination {office} ne figure pas dans la liste des codes IMPC de cette station ; vérifiez le code.',
  'finding.unknown_subclass':
    'La sous-classe de courrier {subclass} ne figure pas dans la liste des sous-classes de courrier.',
  'finding.same_office':
    "L'origine et la destination sont le même bureau ({office}) ; une dépêche va d'un bureau d'échange à un autre.",
  'finding.weight_unknown_heavy':
    "Le code de poids 9999 signifie plus de 999,8 kg ; le poids exact n'est pas indiqué.",
  'finding.weight_zero':
    'Le poids est de 0,0 kg, or un récipient pèse toujours quelque chose : vérifiez la lecture de la balance.',

  'part.serviceIndicator': "l'indicateur de service",
  'part.serialNumber': 'le numéro de série',
  'part.checkDigit': 'le chiffre de contrôle',
  'part.countryCode': 'le code pays',
  'part.locationCode': 'le code de lieu',
  'part.officeLetter': 'la lettre du bureau',
  'part.originOffice': "le bureau d'origine",
  'part.destinationOffice': 'le bureau de destination',
  'part.mailCategory': 'la catégorie de courrier',
  'part.mailSubclass': 'la sous-classe de courrier',
  'part.dispatchYear': "l'année de la dépêche",
  'part.dispatchNumber': 'le numéro de dépêche',
  'part.receptacleNumber': 'le numéro de récipient',
  'part.highestIndicator': "l'indicateur de dernier récipient",
  'part.registeredIndicator': "l'indicateur de recommandés ou valeur déclarée",
  'part.weight': 'le poids',
  'charClass.letter': 'des lettres de A à Z',
  'charClass.digit': 'des chiffres',
  'charClass.alnum': 'des lettres de A à Z et des chiffres',

  'settings.language': 'Langue',
  'settings.sound': 'Son',
  'settings.soundOn': 'Émettre un signal sonore après chaque lecture ou identification',
  'settings.volume': 'Volume',
  'settings.try': 'Écouter les signaux',
  'settings.kept': 'Ces réglages sont conservés sur cet ordinateur.',
  'settings.about': 'À propos de cette station',
  'settings.engine': 'Moteur',
  'settings.version': 'Version',
  'settings.dataDir': 'Dossier de données',
  'settings.dataDirNone': "Aucun (rien n'est enregistré)",
  'settings.codeLists': 'Listes de codes',
  'settings.list': 'Liste',
  'settings.listVersion': 'Version',
  'settings.listSource': 'Source',
  'settings.listEntries': 'Entrées',
  'codeList.serviceIndicators': 'Indicateurs de service S10',
  'codeList.countries': 'Pays (ISO 3166-1)',
  'codeList.mailCategories': 'Catégories de courrier',
  'codeList.mailClasses': 'Classes de courrier',
  'codeList.mailSubclasses': 'Sous-classes de courrier',
  'codeList.impc': "Bureaux d'échange (IMPC)",
  'settings.loading': 'Interrogation du moteur de la station…',
  'settings.infoFailed': "Le moteur de la station n'a pas indiqué sa version.",

  'tone.good': 'Lecture réussie',
  'tone.warning': 'Avertissement',
  'tone.error': 'Erreur',

  ...baggingFr,
  ...devicesFr,
  ...labelsFr,
  ...exchangeFr,
  ...customsFr,
}
