// Spanish: postal vocabulary as the UPU's Spanish texts use it (envío, despacho, receptáculo, oficina de cambio).
import { baggingEs } from './bagging.es'
import { devicesEs } from './devices.es'
import { customsEs } from './customs.es'
import { exchangeEs } from './exchange.es'
import { labelsEs } from './labels.es'
import type { Messages } from './en'

export const es: Messages = {
  'app.title': 'Post Station',
  'nav.label': 'Pantallas',
  'nav.shortcut': 'Alt+{n}',

  'screen.identify': 'Identificar',
  'screen.bagging': 'Ensacado',
  'screen.dispatch': 'Despachos',
  'screen.inbound': 'Llegadas',
  'screen.customs': 'Aduana',
  'screen.history': 'Historial de un envío',
  'screen.labels': 'Etiquetas',
  'screen.devices': 'Dispositivos',
  'screen.settings': 'Ajustes',

  'planned.notAvailable': 'Esta pantalla no está disponible en esta versión de Post Station.',
  'planned.willDo': 'Lo que hará',
  'planned.meanwhile': 'Ya puede verificar códigos en la pantalla Identificar (Alt+1 o F2).',
  'planned.inbound':
    'Recibir los despachos de llegada: comprobar cada receptáculo escaneado con el aviso previo PREDES, responder con RESDES y registrar las irregularidades (CN 43).',
  'planned.customs':
    'Para los funcionarios de aduanas: los envíos presentados a la aduana con sus datos anticipados (ITMATT); retener un envío indicando el motivo, liberarlo, devolverlo o decomisarlo. Cada decisión queda registrada y bloquea o libera el envío en el resto del proceso.',
  'planned.history':
    'Buscar un envío por su número S10 y ver todo lo que le ocurrió: lecturas, receptáculos, despachos y decisiones de la aduana.',

  'status.label': 'Motor de la estación:',
  'status.open': 'Conectado',
  'status.connecting': 'Conectando…',
  'status.closed': 'Motor inaccesible — reintentando',
  'status.engine.desktop': 'aplicación de escritorio',
  'status.engine.server': 'servidor de la estación',
  'status.engine.cli': 'línea de comandos',
  'status.version': 'versión {version}',
  'status.keys': 'F2 o /: lectura · Esc: borrar · Alt+1…9: pantallas',

  'identify.inputLabel': 'Escanee o escriba un código',
  'identify.inputHint':
    'Intro identifica. Varios códigos a la vez: péguelos separados por espacios o saltos de línea. Esc borra.',
  'identify.submit': 'Identificar',
  'identify.working': 'Identificando…',
  'identify.idle': 'Escanee la etiqueta de un envío, despacho o receptáculo, o escriba su código.',
  'identify.batch':
    'Códigos identificados: {count}. Válidos: {valid}. Con advertencias: {warnings}. No válidos: {invalid}. Todos están en la lista de abajo; aquí se muestra el último.',

  'outcome.valid.item': 'Envío válido',
  'outcome.valid.dispatch': 'Despacho válido',
  'outcome.valid.receptacle': 'Receptáculo válido',
  'outcome.valid.office': 'Oficina de cambio válida',
  'outcome.valid.unknown': 'Válido',
  'outcome.withWarnings': '{outcome}, con advertencias',
  'outcome.invalid': 'No válido',

  'kind.item': 'Envío (S10)',
  'kind.dispatch': 'Despacho (S8)',
  'kind.receptacle': 'Receptáculo (S9)',
  'kind.office': 'Oficina de cambio (IMPC)',
  'kind.unknown': 'No reconocido',

  'result.code': 'Código',
  'result.typed': 'Tal como se escaneó o escribió: {input}',
  'result.symbology': 'Código de barras: {symbology}',
  'result.errors': 'Por qué no es válido',
  'result.warnings': 'Advertencias',

  'field.service': 'Servicio',
  'field.serial': 'Número de serie',
  'field.checkDigit': 'Dígito de control',
  'field.country': 'País',
  'field.origin': 'Oficina de cambio de origen',
  'field.destination': 'Oficina de cambio de destino',
  'field.category': 'Categoría de correo',
  'field.subclass': 'Subclase de correo',
  'field.mailClass': 'Clase de correo',
  'field.year': 'Año (último dígito)',
  'field.dispatchNumber': 'Número de despacho',
  'field.receptacleSerial': 'Número de receptáculo',
  'field.highest': 'Último receptáculo del despacho',
  'field.registered': 'Envíos certificados o asegurados',
  'field.weight': 'Peso bruto',
  'field.location': 'Localidad',
  'field.officeName': 'Nombre de la oficina',

  'value.yes': 'Sí',
  'value.no': 'No',
  'value.notGiven': 'No indicado',
  'value.noMeaning': 'sin significado en la lista de códigos',
  'value.notInList': 'no figura en la lista de códigos IMPC',
  'value.nameUnknown': 'nombre desconocido',
  'value.weightOver': 'más de {weight}',

  'history.title': 'Últimas identificaciones',
  'history.empty': 'Todavía no se ha identificado nada.',
  'history.clear': 'Vaciar la lista',
  'history.show': 'Mostrar de nuevo {code}',

  'engineError.title': 'No identificado: el motor de la estación no respondió',
  'engineError.unavailable':
    'No se puede acceder al motor de la estación. Compruebe que está en marcha y que este ordenador está conectado.',
  'engineError.unauthorized':
    'Esta pantalla no está autorizada a usar el motor de la estación: el token de acceso falta o es incorrecto.',
  'engineError.forbidden': 'Su función no permite esta acción. Pida ayuda a un supervisor.',
  'engineError.bad_request': 'El motor de la estación rechazó la solicitud por estar mal formada.',
  'engineError.bad_response':
    'El motor de la estación respondió con datos que esta pantalla no puede leer: quizá sean de versiones distintas.',
  'engineError.unknown_command':
    'El motor de la estación no conoce este comando: quizá sea una versión anterior.',
  'engineError.internal': 'El motor de la estación falló al procesar la solicitud.',
  'engineError.unexpected': 'Un error inesperado detuvo la solicitud.',
  'engineError.details': 'Detalles: {message}',
  'engineError.codes': 'Estos códigos no se identificaron: {codes}',
  'engineError.retry': 'Reintentar',

  'finding.empty': 'No se escaneó ni escribió nada.',
  'finding.empty.symbology':
    'La lectura solo contiene el prefijo de tipo de código de barras {symbology}, sin identificador.',
  'finding.length.unknown':
    'No es un identificador postal: tiene {length} caracteres, pero un identificador de envío tiene 13, uno de despacho 20, uno de receptáculo 29 y un código de oficina de cambio 6.',
  'finding.unrecognized':
    'No es un identificador postal: tiene {length} caracteres, pero no siguen el modelo de ningún identificador.',
  'finding.characters.any':
    'El carácter {char} en la posición {position} no está permitido: los identificadores solo admiten letras de la A a la Z y dígitos.',
  'finding.length.item':
    'Un identificador de envío tiene 13 caracteres (2 letras, 9 dígitos, 2 letras), pero este tiene {length}.',
  'finding.length.dispatch':
    'Un identificador de despacho tiene 20 caracteres (15 letras y luego 5 dígitos), pero este tiene {length}.',
  'finding.length.receptacle':
    'Un identificador de receptáculo tiene 29 caracteres (15 letras y luego 14 dígitos), pero este tiene {length}.',
  'finding.length.office':
    'Un código de oficina de cambio (IMPC) tiene 6 letras, pero este tiene {length} caracteres.',
  'finding.characters':
    'El carácter {char} en la posición {position} no está permitido: {field} solo admite {expected}.',
  'finding.check_digit':
    'Dígito de control erróneo: el código lleva {checkDigit}, pero el número de serie {serial} exige {expected}.',
  'finding.unknown_category': 'Categoría de correo {category} desconocida: debe ser A, B, C o D.',
  'finding.receptacle_serial_zero':
    'El número de receptáculo 000 no existe: los números de receptáculo van del 001 al 999.',
  'finding.dispatch_number_zero':
    'El número de despacho 0000 no existe: los números de despacho van del 0001 al 9999.',
  'finding.indicator.highest':
    'El indicador de último receptáculo vale {value}: debe ser 1 (último receptáculo del despacho), 0 (no es el último) o 9 (no indicado).',
  'finding.indicator.registered':
    'El indicador de certificados o asegurados vale {value}: debe ser 1 (contiene envíos certificados o asegurados), 0 (no los contiene) o 9 (no indicado).',
  'finding.service_reserved':
    'El indicador de servicio {serviceIndicator} está reservado para uso nacional, bilateral o multilateral; los demás operadores solo lo aceptan por acuerdo.',
  'finding.service_unassigned':
    'El indicador de servicio {serviceIndicator} no está asignado por la UPU; compruebe la etiqueta.',
  'finding.service_not_assignable':
    'El indicador de servicio {serviceIndicator} empieza por una letra que la UPU nunca asigna; compruebe la etiqueta.',
  'finding.unknown_country': 'El código de país {country} no es un código de país ISO.',
  'finding.unknown_country.office':
    'El código de oficina {office} empieza por {country}, que no es un código de país ISO.',
  'finding.unknown_country.origin':
    'La oficina de origen {office} empieza por {country}, que no es un código de país ISO.',
  'finding.unknown_country.destination':
    'La oficina de destino {office} empieza por {country}, que no es un código de país ISO.',
  'finding.unknown_office':
    'El código de oficina {office} no figura en la lista de códigos IMPC de esta estación; compruebe el código.',
  'finding.unknown_office.origin':
    'La oficina de origen {office} no figura en la lista de códigos IMPC de esta estación; compruebe el código.',
  'finding.unknown_office.destination':
    'La oficina de destino {office} no figura en la lista de códigos IMPC de esta estación; compruebe el código.',
  'finding.unknown_subclass':
    'La subclase de correo {subclass} no figura en la lista de subclases de correo.',
  'finding.same_office':
    'El origen y el destino son la misma oficina ({office}); un despacho va de una oficina de cambio a otra.',
  'finding.weight_unknown_heavy':
    'El código de peso 9999 significa más de 999,8 kg; no se indica el peso exacto.',
  'finding.weight_zero':
    'El peso es 0,0 kg, pero un receptáculo siempre pesa algo: compruebe la lectura de la balanza.',

  'part.serviceIndicator': 'el indicador de servicio',
  'part.serialNumber': 'el número de serie',
  'part.checkDigit': 'el dígito de control',
  'part.countryCode': 'el código de país',
  'part.locationCode': 'el código de localidad',
  'part.officeLetter': 'la letra de la oficina',
  'part.originOffice': 'la oficina de origen',
  'part.destinationOffice': 'la oficina de destino',
  'part.mailCategory': 'la categoría de correo',
  'part.mailSubclass': 'la subclase de correo',
  'part.dispatchYear': 'el año del despacho',
  'part.dispatchNumber': 'el número de despacho',
  'part.receptacleNumber': 'el número de receptáculo',
  'part.highestIndicator': 'el indicador de último receptáculo',
  'part.registeredIndicator': 'el indicador de certificados o asegurados',
  'part.weight': 'el peso',
  'charClass.letter': 'letras de la A a la Z',
  'charClass.digit': 'dígitos',
  'charClass.alnum': 'letras de la A a la Z y dígitos',

  'settings.language': 'Idioma',
  'settings.sound': 'Sonido',
  'settings.soundOn': 'Emitir un tono después de cada lectura o identificación',
  'settings.volume': 'Volumen',
  'settings.try': 'Escuchar los tonos',
  'settings.kept': 'Estos ajustes se guardan en este ordenador.',
  'settings.about': 'Acerca de esta estación',
  'settings.engine': 'Motor',
  'settings.version': 'Versión',
  'settings.dataDir': 'Carpeta de datos',
  'settings.dataDirNone': 'Ninguna (no se guarda nada)',
  'settings.codeLists': 'Listas de códigos',
  'settings.list': 'Lista',
  'settings.listVersion': 'Versión',
  'settings.listSource': 'Fuente',
  'settings.listEntries': 'Entradas',
  'codeList.serviceIndicators': 'Indicadores de servicio S10',
  'codeList.countries': 'Países (ISO 3166-1)',
  'codeList.mailCategories': 'Categorías de correo',
  'codeList.mailClasses': 'Clases de correo',
  'codeList.mailSubclasses': 'Subclases de correo',
  'codeList.impc': 'Oficinas de cambio (IMPC)',
  'settings.loading': 'Consultando al motor de la estación…',
  'settings.infoFailed': 'El motor de la estación no indicó su versión.',

  'tone.good': 'Lectura correcta',
  'tone.warning': 'Advertencia',
  'tone.error': 'Error',

  ...baggingEs,
  ...devicesEs,
  ...labelsEs,
  ...exchangeEs,
  ...customsEs,
}
