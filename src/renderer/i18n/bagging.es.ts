// Spanish messages of the bagging station, with the UPU's Spanish words: receptáculo, saca, despacho, envío.
import type { BaggingMessages } from './bagging'

export const baggingEs: BaggingMessages = {
  'session.title': 'Iniciar sesión para ensacar',
  'session.intro':
    'Cada receptáculo abierto, cada lectura y cada cierre quedan registrados a nombre del operador que ha iniciado sesión. Inicie sesión con su identificador de operador y su PIN.',
  'session.operator': 'Identificador de operador',
  'session.pin': 'Código PIN',
  'session.submit': 'Iniciar sesión',
  'session.working': 'Iniciando sesión…',
  'session.missing': 'Escriba su identificador de operador y su PIN.',
  'session.refused':
    'Sesión no iniciada: este identificador y este PIN no corresponden a ningún operador de esta estación.',
  'session.ended':
    'Su sesión ha terminado: el motor de la estación ya no la acepta. Vuelva a iniciar sesión.',
  'session.signedIn': 'Sesión iniciada',
  'session.signOut': 'Cerrar sesión',
  'session.memoryOnly': 'La sesión sigue abierta hasta que la cierre, recargue o cierre esta ventana.',

  'role.worker': 'Operario de clasificación',
  'role.supervisor': 'Supervisor',
  'role.oe': 'Personal de la oficina de cambio',
  'role.customs': 'Funcionario de aduanas',
  'role.admin': 'Administrador',

  'office.failed': 'El motor de la estación no indicó a qué oficina de cambio pertenece esta estación.',
  'office.label': 'Oficina',

  'setup.title': 'Configurar esta estación',
  'setup.intro':
    'Esta estación aún no conoce su oficina de cambio. Esa oficina es el origen de cada despacho y de cada receptáculo que la estación abre: su código forma los 6 primeros caracteres de sus identificadores S8 y S9. Indíquela una vez, antes del primer receptáculo.',
  'setup.impc': 'Oficina de cambio (código IMPC, 6 letras)',
  'setup.name': 'Nombre de la oficina (opcional)',
  'setup.submit': 'Configurar la estación',
  'setup.working': 'Configurando…',
  'setup.operators':
    'Los operadores que pueden iniciar sesión se añaden en la propia estación, con este comando:',

  'impc.bad': 'Un código IMPC tiene 6 letras: 2 para el país, 3 para el lugar y 1 para el centro.',
  'impc.listed': 'En la lista de códigos IMPC: {name}.',
  'impc.listedNoName': 'En la lista de códigos IMPC, sin nombre.',
  'impc.unlisted':
    'No figura en la lista de códigos IMPC de esta estación: compruebe el código antes de seguir.',

  'bagging.scanLabel': 'Escanee un envío en el receptáculo',
  'bagging.scanHint': 'Escanee o escriba un código y pulse Intro. F2 vuelve aquí.',
  'bagging.scanSubmit': 'Escanear',
  'bagging.scanWorking': 'Registrando…',
  'bagging.current': 'Receptáculo actual',
  'bagging.none': 'No hay ningún receptáculo actual. Abra uno (F6) o elija uno de los receptáculos abiertos.',
  'bagging.to': 'Hacia',
  'bagging.dispatch': 'Despacho',
  'bagging.receptacle': 'Receptáculo',
  'bagging.serial': 'N.º {serial}',
  'bagging.items': 'Envíos',
  'bagging.items.one': '{count} envío',
  'bagging.items.other': '{count} envíos',
  'bagging.weight': 'Peso',
  'bagging.weightOf': '{weight} de {limit}',
  'bagging.weightUnknown': 'desconocido (límite {limit})',
  'bagging.open': 'Nuevo receptáculo',
  'bagging.close': 'Cerrar',
  'bagging.closeLast': 'Cerrar (último)',
  'bagging.undo': 'Anular lectura',
  'bagging.undoRole': 'Anular: solo supervisor o administrador.',
  'bagging.undoNotAllowed':
    'No anulada: solo un supervisor o un administrador puede anular una lectura. Pida a uno que inicie sesión aquí.',
  'bagging.undoNothing': 'Nada que anular: ninguna lectura aceptada en un receptáculo que siga abierto.',
  'bagging.undone': 'Lectura anulada: {code} ya no está en el receptáculo.',
  'bagging.undoFailed': 'La lectura no se anuló.',
  'bagging.noCurrent': 'No hay ningún receptáculo actual: abra uno (F6) o elija uno de la lista.',
  'bagging.closedElsewhere': 'El receptáculo {serial} del despacho {dispatch} se cerró en otro puesto.',
  'bagging.reopened':
    'El receptáculo {serial} del despacho {dispatch} fue reabierto por {operator}: está abierto de nuevo. Quite su etiqueta antigua de la saca.',
  'bagging.idle':
    'Escanee el primer envío. Cada lectura recibe aquí su respuesta, en color, con palabras y con un tono.',
  'bagging.unanswered': 'No registrado: el motor de la estación no respondió',
  'bagging.scanAgain': 'Vuelva a escanear {code} cuando el motor responda.',
  'bagging.log': 'Últimas lecturas',
  'bagging.logEmpty': 'Aún no hay lecturas.',
  'bagging.undoneMark': 'Anulada',
  'bagging.openList': 'Receptáculos abiertos',
  'bagging.listFailed': 'No se pudieron cargar los receptáculos abiertos.',
  'bagging.openListEmpty': 'No hay ningún receptáculo abierto.',
  'bagging.isCurrent': 'Actual',
  'bagging.chooseHint':
    'Haga clic en un receptáculo, o llegue a él con Tab y pulse Intro, para escanear en él.',
  'bagging.engineSays': 'Motor de la estación:',

  'scanOutcome.accepted': 'Aceptado',
  'scanOutcome.duplicate': 'Ya está en este receptáculo',
  'scanOutcome.in_other_receptacle': 'En otro receptáculo',
  'scanOutcome.missort': 'Receptáculo equivocado (error de clasificación)',
  'scanOutcome.held': 'Retenido por la aduana',
  'scanOutcome.no_ead': 'Faltan los datos electrónicos anticipados',
  'scanOutcome.do_not_load': 'No cargar',
  'scanOutcome.overweight': 'Receptáculo por encima de su límite de peso',
  'scanOutcome.invalid_id': 'Identificador de envío no válido',
  'scanOutcome.no_receptacle': 'Ningún receptáculo abierto',
  'scanOutcome.receptacle_closed': 'Receptáculo ya cerrado',

  'dialog.cancel': 'Cancelar',

  'openDialog.title': 'Abrir un receptáculo',
  'openDialog.destination': 'Oficina de cambio de destino (IMPC)',
  'openDialog.weightLimit': 'Límite de peso en kg (opcional)',
  'openDialog.weightLimitHint': 'Déjelo vacío para el límite de la estación, {limit}.',
  'openDialog.sameOffice': 'Es la oficina de esta estación: un despacho va a otra oficina de cambio.',
  'openDialog.badWeight':
    'Escriba un peso en kilogramos mayor que 0 y de hasta 999,8, por ejemplo 30 o 12,5.',
  'openDialog.submit': 'Abrir el receptáculo',
  'openDialog.working': 'Abriendo…',
  'openDialog.failed': 'El receptáculo no se abrió.',

  'closeDialog.title': 'Cerrar el receptáculo',
  'closeDialog.weight': 'Peso bruto en kg, de la báscula',
  'closeDialog.last': 'Último receptáculo del despacho: cerrar también el despacho {dispatch}',
  'closeDialog.overLimit': 'Más pesado que el límite de {limit}: compruebe la lectura de la báscula.',
  'closeDialog.submit': 'Cerrar el receptáculo',
  'closeDialog.submitLast': 'Cerrar como último del despacho',
  'closeDialog.working': 'Cerrando…',
  'closeDialog.failed': 'El receptáculo no se cerró.',
  'closeDialog.closed': 'Receptáculo cerrado',
  'closeDialog.s9': 'Identificador del receptáculo (S9), para la etiqueta',
  'closeDialog.dispatchClosed': 'Era el último receptáculo: el despacho {dispatch} está cerrado.',
  'closeDialog.done': 'Listo',
}
