"""Hand-written Spanish texts of the fresh25 split: agrupaciones, oficinas de cargos electos, sindicatos, comunidades religiosas, ONG, redacciones."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "¿hasta qué hora está abierta la sede de la agrupación los sábados? quiero llevar las papeletas",
    },
    {
        "kind": "support",
        "text": """Asunto: consulta asesoría jurídica – despido

Buenas tardes:

Soy ⟦TRADE_UNION_MEMBERSHIP|afiliada a CCOO⟧ desde 2018 (sección de limpieza). La empresa me ha despedido por "bajo rendimiento" dos semanas después de comunicar que estoy ⟦HEALTH_DATA|embarazada de 14 semanas⟧. Creo que es un despido nulo. Necesito cita urgente con el abogado del sindicato.

⟦PERSON|Remedios Alcaraz Fuster⟧
DNI ⟦ES_NIF|67502691Z⟧
Tel. ⟦PHONE_NUMBER|622 41 87 09⟧""",
    },
    {
        "kind": "support",
        "text": """Buenos días, escribo a la oficina del concejal de Vivienda.

Llevamos cuatro meses buscando piso en el barrio de la Magdalena. En tres agencias nos dijeron que el piso ya estaba alquilado en cuanto me vieron, y una agente me dijo claramente que el propietario "no quiere ⟦ETHNIC_ORIGIN|gitanos⟧". Somos una familia con contrato fijo. ¿Pueden hacer algo?

⟦PERSON|Yeray Cabrera Heredia⟧
NIE ⟦ES_NIE|Z7504487Y⟧
⟦PHONE_NUMBER|+34 611 209 554⟧""",
    },
    {
        "kind": "support",
        "text": """A la atención del defensor del lector:

En la noticia del 14 de marzo sobre la Fundación Ríomar escriben que mi padre, ⟦PERSON|Jokin Arrizabalaga Lasa⟧, ⟦CRIMINAL_RECORD|fue condenado por malversación⟧ en 2019. Omiten que la Audiencia Provincial lo absolvió en apelación en 2021. Solicito una fe de erratas visible y la actualización de la noticia en la web.

Atentamente,
⟦PERSON|Ainhoa Arrizabalaga⟧
⟦EMAIL_ADDRESS|ainhoa.arrizabalaga@euskalnet.net⟧""",
    },
    {
        "kind": "support",
        "text": """[19:03] ⟦PERSON|Wilmer Quispe⟧: salam, quiero domiciliar mi ⟦RELIGIOUS_BELIEF|zakat⟧ mensual a la comunidad, es posible?
[19:10] Secretaría Centro Islámico: Wa alaikum salam. Sí, rellene la orden SEPA con su IBAN y la firmamos aquí.
[19:12] ⟦PERSON|Wilmer Quispe⟧: ok es ⟦IBAN_CODE|ES29 4157 2943 4382 8412 7671⟧, 40 euros al mes
[19:13] Secretaría Centro Islámico: Perfecto, se cargará el día 5. Recibirá el certificado para Hacienda en enero.""",
    },
    {
        "kind": "support",
        "text": """Gracias por participar en nuestro estudio de opinión. Su cuestionario ha sido registrado correctamente. Las respuestas se analizan de forma agregada y anónima; no se comunicará a terceros ningún dato que permita identificarle. El sorteo de las tarjetas regalo se celebrará el 30 de junio.""",
    },
    {
        "kind": "support",
        "text": """Traduce al español este formulario que nos ha llegado en portugués para la carrera solidaria de Tui, por favor:

Nome completo: ⟦PERSON|Valdemar Teixeira Gouveia⟧
NIF: ⟦PT_NIF|263926788⟧
Data de nascimento: ⟦DATE_OF_BIRTH|04/03/1977⟧
Morada: ⟦STREET_ADDRESS|Rua da Boavista 318, 4050-105 Porto⟧
Problemas de saúde a comunicar à organização: ⟦HEALTH_DATA|asma, uso inalador⟧
Contacto de emergência: ⟦PHONE_NUMBER|912 448 073⟧""",
    },
    {
        "kind": "support",
        "text": """¿Quién puede ver mi firma? Solo el promotor de la campaña y, si lo autorizas, el público. ¿Puedo retirar mi apoyo? Sí, desde el enlace del correo de confirmación. ¿Venden mis datos? No. Nunca compartimos tu correo con terceros.""",
    },
    # -- hr ----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """FICHA DE ALTA – PERSONAL TÉCNICO
Nombre: ⟦PERSON|Amparo Villalonga Ribes⟧
DNI: ⟦ES_NIF|71819133T⟧
Fecha de nacimiento: ⟦DATE_OF_BIRTH|21 de enero de 1986⟧
Domicilio: ⟦STREET_ADDRESS|C/ de Sueca 47, 3º 2ª, 46006 València⟧
Cuenta para nómina: ⟦IBAN_CODE|ES52 0606 6831 9077 3455 7543⟧
Discapacidad reconocida: ⟦HEALTH_DATA|33 %, hipoacusia bilateral⟧
Puesto: técnica de acogida, programa de protección internacional""",
    },
    {
        "kind": "hr",
        "text": """Acta del comité de empresa – reunión de 9 de abril
1. Calendario laboral: se acuerdan los puentes de mayo y diciembre.
2. Plan de igualdad: la comisión presentará el diagnóstico en junio.
3. Guardias en campaña electoral: se compensarán con días libres, no con dinero.""",
    },
    {
        "kind": "hr",
        "text": "⟦PERSON|Lucía⟧ buenas, me han diagnosticado ⟦HEALTH_DATA|una hernia inguinal⟧ y me operan el martes, estaré de baja unas 3 semanas. ⟦PERSON|Iker⟧ se queda con la mesa de cierre.",
    },
    {
        "kind": "hr",
        "text": """CURRÍCULUM
⟦PERSON|Consuelo Barbastro⟧ · ⟦EMAIL_ADDRESS|consuelo.barbastro@gmail.com⟧ · ⟦PHONE_NUMBER|655 908 132⟧

Experiencia
2020-2025 Coordinadora de voluntariado, Banco de Alimentos de Zaragoza
2016-2020 Técnica de participación ciudadana, Ayuntamiento de Huesca
Otros: ⟦POLITICAL_OPINION|militante de Chunta Aragonesista⟧, concejala en Jaca 2015-2019; carné de conducir B""",
    },
    {
        "kind": "hr",
        "text": """Buscamos encuestadores/as de campo para un estudio electoral en Andalucía. Jornada flexible de mañana o tarde, retribución por cuestionario completado, formación pagada. Imprescindible móvil con datos y disponibilidad para desplazarse.""",
    },
    {
        "kind": "hr",
        "text": """Classify this internal note as one of: harassment / performance / other. Then explain in one sentence.

"El coordinador ⟦PERSON|Sergio Mallol⟧ comentó delante de todo el turno que ⟦PERSON|Lucía Montoliu⟧ es ⟦SEX_LIFE_ORIENTATION|bisexual⟧ y que 'por eso nunca se decide'. Ella no lo había contado a nadie del equipo y ha pedido cambiar de turno."
""",
    },
    {
        "kind": "hr",
        "text": """Calendario de vacaciones de verano: cada equipo debe garantizar al menos dos personas en la oficina en agosto. Las solicitudes se cierran el 15 de mayo; en caso de conflicto, se tendrá en cuenta el turno del año anterior.""",
    },
    {
        "kind": "hr",
        "text": """Hola ⟦PERSON|Jokin⟧,
para el control de acceso del nuevo almacén del banco de alimentos ya hemos registrado la ⟦BIOMETRIC_DATA|plantilla de reconocimiento facial⟧ de ⟦PERSON|Wilmer Quispe⟧ y de los otros voluntarios de los martes. Faltan los consentimientos firmados; ¿me los mandas escaneados?
Un abrazo,
⟦PERSON|Iker Lusarreta Goñi⟧""",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": """HUELGA EN EL SECTOR DEL TELEMARKETING – 21 DE NOVIEMBRE
Por un convenio digno, contra los despidos encubiertos. Concentraciones a las 12:00 frente a las principales plataformas. Si tienes dudas sobre servicios mínimos, consulta a tu delegado.""",
    },
    {
        "kind": "marketing",
        "text": """"Soy ⟦ETHNIC_ORIGIN|wayuu⟧, de La Guajira. Llegué a Madrid con mi hija y sin papeles. En la asociación me ayudaron con el asilo y ahora doy talleres de tejido." – ⟦PERSON|Yanelis⟧, 36 años""",
    },
    {
        "kind": "marketing",
        "text": """Hazte voluntario este verano: campamentos urbanos, acompañamiento a mayores, reparto de alimentos. Elige tu causa, tu barrio y tus horas en nuestra web. Formación y seguro incluidos.""",
    },
    {
        "kind": "marketing",
        "text": """Te presentamos a ⟦PERSON|Begoña Arrieta⟧, nuestra nueva concejala de Cultura. Bibliotecaria durante veinte años y ⟦POLITICAL_OPINION|afiliada al PSOE desde 2005⟧, quiere abrir las bibliotecas los domingos y crear un bono cultural joven.""",
    },
    {
        "kind": "marketing",
        "text": """Hoja parroquial – Corpus Christi
Misa solemne el domingo a las 11:00 y procesión por las calles del casco antiguo. Se ruega a las cofradías estar en la sacristía a las 10:30. La colecta del día se destina a Cáritas.""",
    },
    {
        "kind": "marketing",
        "text": """"Con 60 años por fin dije en voz alta que soy ⟦SEX_LIFE_ORIENTATION|homosexual⟧. En el grupo de mayores LGTBI he encontrado amigos que entienden de dónde vengo." – ⟦PERSON|Ramiro⟧, Valladolid""",
    },
    {
        "kind": "marketing",
        "text": """Centro cívico Delicias – otoño
Yoga para mayores (lunes y miércoles), robótica infantil (martes), club de lectura en castellano y en árabe (jueves), cine de barrio (viernes). Inscripciones a partir del 9 de septiembre.""",
    },
    {
        "kind": "marketing",
        "text": """A ⟦PERSON|Julián Mogrovejo⟧ le diagnosticaron ⟦HEALTH_DATA|ELA⟧ con 47 años. Hoy usa un comunicador ocular para hablar con sus nietos. Tu donación financia comunicadores en préstamo para familias que no pueden esperar a la ayuda pública.""",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Cómo se verifican las firmas en una campaña online

Una firma válida necesita una dirección de correo confirmada. El sistema detecta envíos masivos desde una misma red, direcciones desechables y patrones de escritura automáticos. Algunas plataformas prueban modelos de lenguaje para agrupar comentarios similares y detectar campañas coordinadas. La decisión final sobre una firma dudosa la toma siempre una persona del equipo de moderación.""",
    },
]
