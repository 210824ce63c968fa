/** Spanish of the messages of the monitoring module. */
export const monitoring: Record<string, string> = {
  'No district of that region with that id.': 'No hay ningún distrito de esa región con ese identificador.',
  'is not a program year such as 2026-27': 'no es un año del programa como 2026-27',
  'must be empty for the regional application': 'debe quedar vacío en la solicitud regional',
  'names the district of a DSA or MOU': 'indica el distrito de un DSA o MOU',
  'repeats line {label}': 'repite la línea {label}',
  'is a dollar amount of 0 or more, with at most cents':
    'es un monto en dólares de 0 o más, con centavos como máximo',
  '{strategy} is not a strategy of the plan': '{strategy} no es una estrategia del plan',
  'is not a service of this region (or district) in the program year':
    'no es un servicio de esta región (o distrito) en el año del programa',
  'An application that is {status} cannot be sent to {step}.':
    'Una solicitud en estado {status} no se puede enviar a {step}.',
  'is {status}': 'está en estado {status}',
  'No application with that id.': 'No hay ninguna solicitud con ese identificador.',
  'Someone changed this application since you opened it; reload it.':
    'Alguien cambió esta solicitud después de que usted la abrió; vuelva a cargarla.',
  'is not the current version': 'no es la versión actual',
  'is not a district of the region': 'no es un distrito de la región',
  'You may not write applications of this region or district.':
    'Usted no puede escribir solicitudes de esta región o distrito.',
  'There is already an application of {programYear} for it.':
    'Ya hay una solicitud de {programYear} para esto.',
  'already has an application': 'ya tiene una solicitud',
  'The application is {status}; reopen it for revision to change it.':
    'La solicitud está en estado {status}; reábrala para revisión para cambiarla.',
  'a regional application stays one, and a district agreement stays a DSA or MOU':
    'una solicitud regional sigue siéndolo, y un acuerdo de distrito sigue siendo un DSA o MOU',
  'is not a web address (https://…)': 'no es una dirección web (https://…)',
  'every item must be found to verify the strategy':
    'para verificar la estrategia deben encontrarse todos los elementos',
  'say what is missing': 'diga qué falta',
  'is not a strategy of the plan that an EPC verifies': 'no es una estrategia del plan que verifique una EPC',
  'Someone changed this verification since you opened it; reload it.':
    'Alguien cambió esta verificación después de que usted la abrió; vuelva a cargarla.',
  'No EPC verification with that id.': 'No hay ninguna verificación de EPC con ese identificador.',
  'is not a month such as 2026-11': 'no es un mes como 2026-11',
  'say why a result differs from what the records say':
    'diga por qué un resultado difiere de lo que dicen los registros',
  'must be empty when no adjustment is made': 'debe quedar vacío cuando no se hace ningún ajuste',
  'is required for a budget revision or CDE pre-approval':
    'es obligatorio para una revisión del presupuesto o una aprobación previa del CDE',
  'the service does not run in this month': 'el servicio no se presta en este mes',
  'Someone changed this monitoring entry since you opened it; reload it.':
    'Alguien cambió esta entrada del monitoreo después de que usted la abrió; vuelva a cargarla.',
  'The program year {year} is already closed.': 'El año del programa {year} ya está cerrado.',
  'has not ended yet: it runs until {to}': 'aún no ha terminado: dura hasta el {to}',
  'The program year {year} is not closed.': 'El año del programa {year} no está cerrado.',
  'say why the year is reopened': 'diga por qué se reabre el año',
  'The program year {year} is closed: its records can no longer be changed. A state administrator can reopen it.':
    'El año del programa {year} está cerrado: sus registros ya no se pueden cambiar. Un administrador estatal puede reabrirlo.',
  '{year} is closed': '{year} está cerrado',
};
