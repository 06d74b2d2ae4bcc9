// Every Polish message, gathered from the area files.
import { common } from './common.ts'
import { settings } from './settings.ts'
import { home } from './home.ts'
import { room } from './room.ts'
import { board } from './board.ts'
import { boardPage } from './boardPage.ts'
import { session } from './session.ts'
import { facilitate } from './facilitate.ts'
import { themes } from './themes.ts'
import { outcomes } from './outcomes.ts'
import { help } from './help.ts'
import { list } from './list.ts'
import { phone } from './phone.ts'
import { present } from './present.ts'

/** Each area by name, so a test can check that every key starts with its area's name. */
export const areas = { common, settings, home, room, board, boardPage, session, facilitate, themes, outcomes, help, list, phone, present }

export const messages = { ...common, ...settings, ...home, ...room, ...board, ...boardPage, ...session, ...facilitate, ...themes, ...outcomes, ...help, ...list, ...phone, ...present }
