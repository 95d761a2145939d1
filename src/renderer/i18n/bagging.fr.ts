// French messages of the bagging station, with La Poste's words: récipient, sac, dépêche, envoi.
import type { BaggingMessages } from './bagging'

export const baggingFr: BaggingMessages = {
  'session.title': 'Se connecter pour ensacher',
  'session.intro':
    "Chaque récipient ouvert, chaque lecture et chaque fermeture sont enregistrés au nom de l'opérateur connecté. Connectez-vous avec votre identifiant d'opérateur et votre code PIN.",
  'session.operator': "Identifiant d'opérateur",
  'session.pin': 'Code PIN',
  'session.submit': 'Se connecter',
  'session.working': 'Connexion…',
  'session.missing': "Tapez votre identifiant d'opérateur et votre code PIN.",
  'session.refused':
    'Connexion refusée : cet identifiant et ce code PIN ne correspondent à aucun opérateur de cette station.',
  'session.ended':
    "Vous avez été déconnecté : le moteur de la station n'accepte plus votre session. Connectez-vous à nouveau.",
  'session.signedIn': 'Connecté',
  'session.signOut': 'Se déconnecter',
  'session.memoryOnly':
    "Vous restez connecté jusqu'à ce que vous vous déconnectiez, rechargiez ou fermiez cette fenêtre.",

  'role.worker': 'Agent de tri',
  'role.supervisor': 'Superviseur',
  'role.oe': "Agent du bureau d'échange",
  'role.customs': 'Agent des douanes',
  'role.admin': 'Administrateur',

  'office.failed':
    "Le moteur de la station n'a pas indiqué à quel bureau d'échange appartient cette station.",
  'office.label': 'Bureau',

  'setup.title': 'Configurer cette station',
  'setup.intro':
    "Cette station ne connaît pas encore son bureau d'échange. Ce bureau est l'origine de chaque dépêche et de chaque récipient qu'elle ouvre : son code forme les 6 premiers caractères de leurs identifiants S8 et S9. Indiquez-le une fois, avant le premier récipient.",
  'setup.impc': "Bureau d'échange (code IMPC, 6 lettres)",
  'setup.name': 'Nom du bureau (facultatif)',
  'setup.submit': 'Configurer la station',
  'setup.working': 'Configuration…',
  'setup.operators':
    'Les opérateurs autorisés à se connecter sont ajoutés sur la station elle-même, avec cette commande :',

  'impc.bad': 'Un code IMPC compte 6 lettres : 2 pour le pays, 3 pour le lieu, 1 pour le centre.',
  'impc.listed': 'Dans la liste des codes IMPC : {name}.',
  'impc.listedNoName': 'Dans la liste des codes IMPC, sans nom.',
  'impc.unlisted':
    "Absent de la liste des codes IMPC de cette station : vérifiez le code avant d'aller plus loin.",

  'bagging.scanLabel': 'Scannez un envoi dans le récipient',
  'bagging.scanHint': 'Scannez ou tapez un code, puis Entrée. F2 ramène ici.',
  'bagging.scanSubmit': 'Scanner',
  'bagging.scanWorking': 'Enregistrement…',
  'bagging.current': 'Récipient en cours',
  'bagging.none': "Aucun récipient en cours. Ouvrez-en un (F6) ou choisissez l'un des récipients ouverts.",
  'bagging.to': 'Vers',
  'bagging.dispatch': 'Dépêche',
  'bagging.receptacle': 'Récipient',
  'bagging.serial': 'N° {serial}',
  'bagging.items': 'Envois',
  'bagging.items.one': '{count} envoi',
  'bagging.items.other': '{count} envois',
  'bagging.weight': 'Poids',
  'bagging.weightOf': '{weight} sur {limit}',
  'bagging.weightUnknown': 'inconnu (limite {limit})',
  'bagging.open': 'Nouveau récipient',
  'bagging.close': 'Fermer',
  'bagging.closeLast': 'Fermer (dernier)',
  'bagging.undo': 'Annuler lecture',
  'bagging.undoRole': 'Annulation : superviseur ou administrateur seulement.',
  'bagging.undoNotAllowed':
    'Non annulée : seul un superviseur ou un administrateur peut annuler une lecture. Demandez-lui de se connecter ici.',
  'bagging.undoNothing': 'Rien à annuler : aucune lecture acceptée dans un récipient encore ouvert.',
  'bagging.undone': "Lecture annulée : {code} n'est plus dans le récipient.",
  'bagging.undoFailed': "La lecture n'a pas été annulée.",
  'bagging.noCurrent': 'Aucun récipient en cours : ouvrez-en un (F6) ou choisissez-en un dans la liste.',
  'bagging.closedElsewhere': 'Le récipient {serial} de la dépêche {dispatch} a été fermé sur un autre poste.',
  'bagging.reopened':
    'Le récipient {serial} de la dépêche {dispatch} a été rouvert par {operator} : il est de nouveau ouvert. Retirez son ancienne étiquette du sac.',
  'bagging.idle':
    'Scannez le premier envoi. Chaque lecture reçoit sa réponse ici, en couleur, en mots et par un signal sonore.',
  'bagging.unanswered': "Non enregistré : le moteur de la station n'a pas répondu",
  'bagging.scanAgain': 'Scannez {code} à nouveau quand le moteur répondra.',
  'bagging.log': 'Dernières lectures',
  'bagging.logEmpty': 'Aucune lecture pour le moment.',
  'bagging.undoneMark': 'Annulée',
  'bagging.openList': 'Récipients ouverts',
  'bagging.listFailed': "Les récipients ouverts n'ont pas pu être chargés.",
  'bagging.openListEmpty': "Aucun récipient n'est ouvert.",
  'bagging.isCurrent': 'En cours',
  'bagging.chooseHint':
    'Cliquez sur un récipient, ou atteignez-le avec Tab puis Entrée, pour y scanner des envois.',
  'bagging.engineSays': 'Moteur de la station :',

  'scanOutcome.accepted': 'Accepté',
  'scanOutcome.duplicate': 'Déjà dans ce récipient',
  'scanOutcome.in_other_receptacle': 'Dans un autre récipient',
  'scanOutcome.missort': 'Mauvais récipient (erreur de tri)',
  'scanOutcome.held': 'Retenu par la douane',
  'scanOutcome.no_ead': 'Données électroniques préalables manquantes',
  'scanOutcome.do_not_load': 'Ne pas charger',
  'scanOutcome.overweight': 'Récipient au-delà de sa limite de poids',
  'scanOutcome.invalid_id': "Identifiant d'envoi non valide",
  'scanOutcome.no_receptacle': 'Aucun récipient ouvert',
  'scanOutcome.receptacle_closed': 'Récipient déjà fermé',

  'dialog.cancel': 'Annuler',

  'openDialog.title': 'Ouvrir un récipient',
  'openDialog.destination': "Bureau d'échange de destination (IMPC)",
  'openDialog.weightLimit': 'Limite de poids en kg (facultatif)',
  'openDialog.weightLimitHint': 'Laissez vide pour la limite de la station, {limit}.',
  'openDialog.sameOffice':
    "C'est le bureau de cette station : une dépêche va vers un autre bureau d'échange.",
  'openDialog.badWeight':
    'Tapez un poids en kilogrammes supérieur à 0 et au plus 999,8, par exemple 30 ou 12,5.',
  'openDialog.submit': 'Ouvrir le récipient',
  'openDialog.working': 'Ouverture…',
  'openDialog.failed': "Le récipient n'a pas été ouvert.",

  'closeDialog.title': 'Fermer le récipient',
  'closeDialog.weight': 'Poids brut en kg, lu sur la balance',
  'closeDialog.last': 'Dernier récipient de la dépêche : clore aussi la dépêche {dispatch}',
  'closeDialog.overLimit': 'Plus lourd que la limite de {limit} : vérifiez la pesée.',
  'closeDialog.submit': 'Fermer le récipient',
  'closeDialog.submitLast': 'Fermer comme dernier de la dépêche',
  'closeDialog.working': 'Fermeture…',
  'closeDialog.failed': "Le récipient n'a pas été fermé.",
  'closeDialog.closed': 'Récipient fermé',
  'closeDialog.s9': "Identifiant du récipient (S9), pour l'étiquette",
  'closeDialog.dispatchClosed': "C'était le dernier récipient : la dépêche {dispatch} est close.",
  'closeDialog.done': 'Terminé',
}
