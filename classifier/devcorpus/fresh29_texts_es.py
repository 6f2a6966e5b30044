"""Hand-written Spanish texts of the tuning split fresh29: farmacias, centros de salud, aseguradoras, residencias y ayuda a domicilio, cofradías, sindicatos, partidos, ONG y servicios sociales municipales."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "¿Hasta qué hora está abierta hoy la farmacia de guardia de Triana?",
    },
    {
        "kind": "support",
        "text": 'Asunto: Autorización resonancia magnética – póliza 0087-441902\n\nBuenos días:\n\nMi traumatóloga me ha pedido una ⟦HEALTH_DATA|resonancia de hombro derecho⟧ por sospecha de ⟦HEALTH_DATA|rotura del manguito rotador⟧. En la app me aparece "pendiente de autorización" desde hace nueve días. ¿Pueden darle prioridad? Tengo cita en el centro de diagnóstico el 8 de julio.\n\nSi hay que pagar algún copago, pueden cargarlo en la tarjeta que tienen registrada (⟦CREDIT_CARD|3403 458098 68134⟧).\n\nUn saludo,\n⟦PERSON|Begoña Iturriaga Salcedo⟧\nDNI ⟦ES_NIF|99647122J⟧\n⟦PHONE_NUMBER|688 41 27 09⟧',
    },
    {
        "kind": "support",
        "text": "Estimado/a vecino/a:\n\nHemos recibido su solicitud de cita con los Servicios Sociales de Atención Primaria (registro n.º 2025/ENT/18832). Le llamaremos en un plazo máximo de 15 días hábiles para asignarle día y hora con la trabajadora social de su zona.\n\nPara agilizar la valoración, le rogamos que tenga preparada la siguiente documentación: DNI o NIE de todas las personas de la unidad de convivencia, certificado de empadronamiento, justificantes de ingresos de los últimos tres meses y, en su caso, resolución de grado de dependencia.\n\nAyuntamiento – Área de Bienestar Social",
    },
    {
        "kind": "support",
        "text": "[08:55] Coordinación SAD: Buenos días ⟦PERSON|Yolanda⟧, hoy con Doña ⟦PERSON|Encarnación Pozuelo⟧ entra ⟦PERSON|Wilmer⟧ en vez de ti, ¿le pasas las pautas?\n[08:58] ⟦PERSON|Yolanda⟧: Sí. Tiene ⟦HEALTH_DATA|EPOC⟧ y lleva ⟦HEALTH_DATA|oxígeno⟧ 16 horas, que no fume nadie cerca 😅. Ducha con silla, y ojo que se marea al levantarse. Las llaves las tiene la vecina del 2ºB.\n[09:01] Coordinación SAD: Perfecto, gracias.",
    },
    {
        "kind": "support",
        "text": 'Resume este correo en cinco líneas para el Comité de Ética Asistencial, sin quitar datos clínicos:\n\n"Me dirijo a ustedes como paciente ingresado en Hematología (cama 612). Me llamo ⟦PERSON|Lucian Dobrescu⟧, NIE ⟦ES_NIE|Z4595176B⟧. Soy ⟦RELIGIOUS_BELIEF|testigo de Jehová⟧ y, como ya indiqué en mi documento de instrucciones previas, no acepto transfusiones de sangre ni de sus componentes principales. Entiendo que mi ⟦HEALTH_DATA|anemia⟧ es grave (hemoglobina 6,8) tras el ⟦HEALTH_DATA|sangrado digestivo⟧, y pido que se valoren alternativas como hierro intravenoso y eritropoyetina. Mi esposa, ⟦PERSON|Mirela Dobrescu⟧, es mi representante (⟦PHONE_NUMBER|641 38 90 27⟧)."',
    },
    {
        "kind": "support",
        "text": "¿Qué es el periodo de carencia?\nEs el tiempo que debe pasar desde el alta en la póliza hasta que puede utilizar determinados servicios. En nuestro seguro de salud no hay carencia para consultas, análisis ni urgencias. Sí la hay para hospitalización e intervenciones quirúrgicas (6 meses), parto (8 meses) y pruebas de alta tecnología como el PET-TAC (6 meses). Si viene de otra aseguradora con una antigüedad superior a un año, podemos eliminar las carencias presentando su último recibo.",
    },
    {
        "kind": "support",
        "text": "Hola, buenas tardes. Soy ⟦PERSON|Joaquim Tavares Mourão⟧, vivo en Valença y me atendieron en su clínica de Vigo el 20 de junio por una ⟦HEALTH_DATA|lumbalgia aguda⟧. Necesito que la factura salga con mi NIF portugués, ⟦PT_NIF|164268715⟧, para poder deducirla en Portugal, y con mi dirección: ⟦STREET_ADDRESS|Rua da Oliveira 18, 4930-679 Valença⟧. ¿Me la pueden reenviar a ⟦EMAIL_ADDRESS|jtmourao@sapo.pt⟧? Obrigado / gracias.",
    },
    {
        "kind": "support",
        "text": "Hola:\n\nGracias por contactar con el servicio técnico de Audiplus. Si su audífono Audiplus Nova R se apaga solo, lo más probable es que la batería recargable no esté haciendo buen contacto con el cargador. Limpie los contactos con un paño seco y compruebe que el piloto verde se enciende al colocarlo. Si el problema continúa, su centro auditivo puede enviarlo a reparación; el equipo está en garantía durante 36 meses desde la fecha de adaptación.\n\nAtentamente,\nServicio Técnico Audiplus España\nTeléfono 900 81 20 40 (L-V 9:00-19:00)",
    },
    {
        "kind": "support",
        "text": "¿Puedo tomar ibuprofeno si tengo ⟦HEALTH_DATA|úlcera de estómago⟧?",
    },
    # -- hr ----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Residencia de mayores en Logroño busca Técnico/a en Cuidados Auxiliares de Enfermería (TCAE).\n- Jornada completa, turno de tarde o noche.\n- Contrato indefinido tras período de prueba.\n- Salario según convenio de dependencia + plus de nocturnidad.\n- Se valorará experiencia con personas con demencia.\nEnvía tu CV a través del formulario de nuestra web indicando la referencia TCAE-LO-25.",
    },
    {
        "kind": "hr",
        "text": "ALTA DE PERSONAL\nNombre y apellidos: ⟦PERSON|Nerea Ugalde Bastarrika⟧\nDNI: ⟦ES_NIF|32017681W⟧\nFecha de nacimiento: ⟦DATE_OF_BIRTH|19/11/1991⟧\nDomicilio: ⟦STREET_ADDRESS|Calle Zabalbide 61, 3º izda., 48006 Bilbao⟧\nPuesto: enfermera, Unidad de Hemodiálisis\nCuenta para nómina: ⟦IBAN_CODE|ES77 1394 1658 4510 2720 4154⟧\nCuota sindical a descontar en nómina: sí – ⟦TRADE_UNION_MEMBERSHIP|afiliada a ELA⟧",
    },
    {
        "kind": "hr",
        "text": "CCOO y UGT convocan huelga en la sanidad privada el 16 de octubre\n\nLas federaciones de sanidad de CCOO y UGT han registrado la convocatoria de huelga en clínicas y hospitales privados ante el bloqueo de la negociación del convenio. Reclaman una subida salarial del 12 % en tres años, la reducción de la jornada a 35 horas y el fin de la contratación en fraude de ley. Los servicios mínimos se negociarán con la patronal en los próximos días.",
    },
    {
        "kind": "hr",
        "text": "Informe de adaptación del puesto de trabajo – Servicio de Prevención\nTrabajador: ⟦PERSON|Anselmo Cuadrado Reinoso⟧, celador, nº personal 40417\nValoración: presenta ⟦HEALTH_DATA|hernia discal L5-S1⟧ intervenida en marzo. Apto con limitaciones: no movilizar pacientes sin grúa ni ayuda, no cargas superiores a 10 kg durante seis meses. Se propone su reubicación temporal en el servicio de admisión/traslados internos.",
    },
    {
        "kind": "hr",
        "text": "Recordatorio: el nuevo sistema de fichaje por aplicación móvil sustituye al de tarjeta a partir del 1 de septiembre. Tutorial en la intranet (Personas > Registro de jornada). Las solicitudes de vacaciones del segundo semestre se presentan hasta el 15 de julio.",
    },
    {
        "kind": "hr",
        "text": "voluntario;dni;programa;certificado_delitos_sexuales;antecedentes_penales;observaciones\n⟦PERSON|Hugo Rentería Calvo⟧;⟦ES_NIF|62274941-A⟧;acompañamiento mayores;negativo;negativo;\n⟦PERSON|Fátima Zahra El Amrani⟧;⟦ES_NIE|X0782112C⟧;ropero solidario;negativo;negativo;\n⟦PERSON|Iván Sepúlveda Arroyo⟧;;refuerzo escolar;negativo;⟦CRIMINAL_RECORD|condena por lesiones (2018), cumplida⟧;no apto para menores según protocolo, ofrecer programa de mayores",
    },
    {
        "kind": "hr",
        "text": 'Asunto: Queja de ⟦PERSON|Rocío Heredia Amador⟧ – conflicto en planta 3\n\nHola ⟦PERSON|Lourdes⟧:\n\nTe resumo la reunión de esta mañana con ⟦PERSON|Rocío Heredia⟧ (auxiliar de enfermería, planta 3, turno de mañana) y la delegada de prevención.\n\n⟦PERSON|Rocío⟧ dice que desde que se incorporó en febrero dos compañeras hacen comentarios sobre que es ⟦ETHNIC_ORIGIN|gitana⟧: que "vigilen los bolsos" cuando entra en el office, que si "va a venir toda la familia" cuando ingresó un primo suyo. El pasado martes una de ellas lo dijo delante de un paciente y de su hija, que después se acercó a ⟦PERSON|Rocío⟧ para disculparse en nombre de la compañera. Ella ha aguantado porque está en periodo de prueba y tenía miedo de que no le renovaran.\n\nHa traído capturas de un grupo de WhatsApp de la planta donde aparecen memes sobre gitanos; se las he pedido por escrito. Las dos compañeras señaladas tienen contrato indefinido y una es ⟦PERSON|Maite Goikoetxea⟧, la que lleva los turnos.\n\nPropuesta: activar el protocolo de acoso discriminatorio, mover provisionalmente a ⟦PERSON|Rocío⟧ al turno de tarde si ella quiere (ha dicho que prefiere quedarse, "la que se tiene que ir no soy yo"), y citar a las dos por separado la semana que viene. También deberíamos recordar en la próxima sesión de acogida el código ético.\n\nMe dijo que si no se hace nada acudirá a la Inspección de Trabajo. Yo creo que tiene razón.\n\nUn abrazo,\n⟦PERSON|Ainhoa Larrañaga⟧\nRelaciones Laborales\n\n> El 24/06/2025, a las 9:12, ⟦PERSON|Lourdes Pizarro Olmedo⟧ escribió:\n> ¿Puedes ver tú hoy a la auxiliar de la 3ª? Ha venido a RRHH muy nerviosa, dice que quiere poner una queja formal.',
    },
    {
        "kind": "hr",
        "text": "Acta de la reunión del Comité de Empresa – 10 de junio de 2025\nAsisten: presidente y secretaria del comité, siete miembros, la dirección de RR. HH.\n1. Calendario laboral 2026: se aprueba por unanimidad.\n2. Plan de igualdad: la comisión presentará el diagnóstico en septiembre.\n3. Aparcamiento: la empresa estudia ampliar las plazas para el turno de noche.\nSe levanta la sesión a las 13:40.",
    },
    {
        "kind": "hr",
        "text": "Consentimiento informado – control de presencia\nD./Dña. ⟦PERSON|Emilio Santacruz Ojeda⟧, técnico de farmacia, con NIF ⟦ES_NIF|16068134-N⟧, consiente el tratamiento de su ⟦BIOMETRIC_DATA|plantilla de reconocimiento facial⟧ para el acceso al almacén de estupefacientes. Podrá retirar su consentimiento en cualquier momento; en ese caso se le facilitará una tarjeta con PIN.\nFirma: ✔ (firmado electrónicamente el 02/06/2025)",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "CAMPAÑA DE VACUNACIÓN ANTIGRIPAL 2025-2026\n¡Ya puedes vacunarte en tu centro de salud!\nMayores de 60, embarazadas, personas con enfermedades crónicas y profesionales sanitarios.\nPide cita en la app o en el 012. Lunes a viernes de 8:00 a 20:00.\nConsejería de Sanidad",
    },
    {
        "kind": "marketing",
        "text": 'La Hermandad del Santísimo Cristo de la Expiración invita al Concierto de Marchas Procesionales a cargo de la Banda de Cornetas y Tambores "Nuestra Señora de la Paz".\nSábado 5 de abril, 21:00 h, Parroquia de San Jacinto (Triana). Entrada: un kilo de alimentos no perecederos para Cáritas parroquial.',
    },
    {
        "kind": "marketing",
        "text": '"Cuando a mi madre le dio el ⟦HEALTH_DATA|ictus⟧ no sabíamos por dónde empezar. En Residencia Los Almendros nos explicaron todo, la fisio la tiene andando con andador y cada domingo comemos con ella en el jardín."\n– ⟦PERSON|Maribel Carrasquilla Ortuño⟧, hija de una residente\n\nJornada de puertas abiertas: sábado 27 de septiembre, de 11:00 a 14:00.',
    },
    {
        "kind": "marketing",
        "text": "NOTA DE PRENSA – CCOO Servicios Sociosanitarios\n\nCCOO exige al Gobierno autonómico que aumente en un 20 % el precio por plaza concertada en residencias para garantizar las ratios de personal. El sindicato recuerda que el 80 % de las trabajadoras del sector cobra menos de 1.300 euros netos y anuncia concentraciones el 2 de octubre frente a las delegaciones provinciales.",
    },
    {
        "kind": "marketing",
        "text": "🏆 ¡Ya tenemos ganadores del Reto 30 Días! Tres meses de cuota gratis para ⟦PERSON|Kevin Alarcón Pineda⟧, ⟦PERSON|Sheila Montes de Oca Ruano⟧ y ⟦PERSON|Baltasar Ugarte Lomas⟧. ¡Enhorabuena, cracks! Nos vemos en la sala. – Equipo FitBox Getafe",
    },
    {
        "kind": "marketing",
        "text": "¿Sufres migraña 4 o más días al mes?\nEl Hospital Universitario participa en el estudio MIGRA-NEXT, que evalúa un tratamiento preventivo en forma de inyección mensual. Buscamos personas de 18 a 65 años. La participación es voluntaria y gratuita.\nMás información: Unidad de Cefaleas, Servicio de Neurología, o en migranext.es.",
    },
    {
        "kind": "marketing",
        "text": 'Boletín de la agrupación – junio\n\nNuestra gente: ⟦PERSON|Remedios Alcántara Ferrándiz⟧ ha sido ⟦POLITICAL_OPINION|interventora de Compromís⟧ en las últimas cinco elecciones en el colegio de la calle Sueca. "Que nadie se quede sin votar por falta de información", dice. Este año coordinará la formación de interventores nuevos. ¡Apúntate!',
    },
    {
        "kind": "marketing",
        "text": "Nuevo Audiplus Nova R: recargable, invisible y con conectividad Bluetooth a tu móvil. Pruébalo gratis durante 30 días en cualquiera de nuestros 140 centros auditivos. Financiación sin intereses hasta 24 meses. Producto sanitario conforme a la normativa vigente; consulte a un audioprotesista.",
    },
    {
        "kind": "marketing",
        "text": 'Revista de la Asociación Fibrosis Quística – Historias\n\n⟦PERSON|Gonzalo Marcilla Requena⟧ tiene 23 años y ⟦HEALTH_DATA|fibrosis quística⟧. El estudio genético confirmó que es ⟦GENETIC_DATA|homocigoto para la mutación F508del del gen CFTR⟧, lo que le permitió acceder a un modulador de la proteína en 2021. "Antes pasaba dos meses al año ingresado; ahora hago media maratón", cuenta.',
    },
    # -- docs --------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Santiago Ramón y Cajal y la doctrina de la neurona\n\nEl histólogo navarro Santiago Ramón y Cajal (1852-1934) demostró, mediante una versión mejorada del método de tinción con nitrato de plata de Camillo Golgi, que el sistema nervioso está formado por células individuales, las neuronas, y no por una red continua. Sus dibujos de la retina, la médula espinal y la corteza cerebral siguen utilizándose hoy en la docencia. En 1906 compartió el Premio Nobel de Fisiología o Medicina con el propio Golgi, a pesar de que ambos defendían interpretaciones opuestas.",
    },
]
