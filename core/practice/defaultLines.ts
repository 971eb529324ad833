import type { LineKey, BandedLines } from './schema/lines.js';

// What any caller says in situations a scenario does not script. Scenarios override these
// per situation and per mood band with lines in their caller's own voice; these are the
// fallback, written to sound like a person, not a prompt.

export const DEFAULT_LINES: Record<LineKey, BandedLines> = {
  no_greeting: {
    calm: ['Oh, hello? Is this the right number?'],
    upset: ['Hello? Is anyone there? ... Right.'],
    angry: ["Hello? You could at least say who you are. Anyway."],
    irate: ['Great, not even a hello.'],
  },
  interrupted: {
    calm: ['Sorry, can I just finish?', "Hang on, I haven't got to the important bit yet."],
    upset: ["Let me finish, please. I've had to explain this before.", "Can I finish? You're not going to understand it otherwise."],
    angry: ["Will you let me finish? This is exactly what happened last time.", "No, listen. I'm not done."],
    irate: ["You're not even listening! Let me speak!", "Stop talking over me!"],
  },
  nudge: {
    calm: ["So... what happens now?", 'Is that something you can help with?'],
    upset: ["So what are you going to do about it?", "Are you still there? I'm waiting."],
    angry: ["Well? I've told you everything.", "Hello? Say something."],
    irate: ["Are you going to say anything at all?"],
  },
  unknown_question: {
    calm: ["I'm not sure, to be honest. Does it matter?", "I don't really know. Why do you ask?"],
    upset: ["I don't know. I don't see what that's got to do with it."],
    angry: ["How would I know that? That's your job."],
    irate: ["I have no idea and I don't care. Just fix it."],
  },
  repeat_question: {
    calm: ['I did say that a minute ago, but okay.'],
    upset: ["I already told you that. Were you listening?"],
    angry: ["I've just told you! This is what happens every time I call."],
    irate: ["I TOLD you that. Why am I repeating myself again?"],
  },
  empathy: {
    calm: ["Thanks, I appreciate that."],
    upset: ['Yeah. It has been a pain, honestly.', "Well... thank you. It's been a lot."],
    angry: ["Frustrated doesn't cover it.", "Right. Well, understanding it doesn't fix it."],
    irate: ["Don't tell me you understand. Just sort it out."],
  },
  apology: {
    calm: ["That's alright, it's not you personally."],
    upset: ["Okay. Thank you for saying that, at least.", 'Well, I appreciate the apology.'],
    angry: ["Sorry is what they all say.", "I've had a lot of sorries. I'd rather have it fixed."],
    irate: ["I don't want sorry, I want it fixed!"],
  },
  restatement: {
    calm: ['Yes, exactly.', "That's it, yes."],
    upset: ["Yes. That's it. Finally someone gets it.", 'Exactly. Thank you.'],
    angry: ["Yes. That's what I've been saying."],
    irate: ["Yes! That's what I said!"],
  },
  blame: {
    calm: ["Oh. Well, I didn't think I'd done anything wrong.", "Hm. I'm not sure that's fair."],
    upset: ["Excuse me? So this is my fault now?", "I don't appreciate being told it's my fault."],
    angry: ["Don't you dare put this on me.", "Oh, so it's MY fault. Brilliant."],
    irate: ["Unbelievable. I'm not taking the blame for your mess."],
  },
  negative: {
    calm: ["Oh. That's a shame.", "Right... so what can you do?"],
    upset: ["So you can't help me. Great.", "That's not really what I wanted to hear."],
    angry: ["Don't give me 'policy'. I want a solution.", "Then find someone who can."],
    irate: ["That is not good enough. Not even close."],
  },
  jargon: {
    calm: ["Sorry, I don't know what that means.", "A what, sorry?"],
    upset: ["Can you say that in normal English?"],
    angry: ["I don't know what any of that means and I don't care."],
    irate: ["Stop with the jargon and just tell me what's happening!"],
  },
  premature_fix: {
    calm: ["Hang on, you don't know the whole thing yet."],
    upset: ["How can you fix it when you haven't even asked me what happened?"],
    angry: ["You haven't even asked me the details. How is that going to work?"],
    irate: ["You're just trying to get rid of me."],
  },
  wrong_offer: {
    calm: ["Hmm, that's not really what I was hoping for."],
    upset: ["No, that doesn't help me. That's not what I need."],
    angry: ["No. That's not good enough, and you know it."],
    irate: ["Are you serious? No."],
  },
  undated_promise: {
    calm: ['Okay, but when, roughly?'],
    upset: ["When, though? 'Soon' doesn't really mean anything."],
    angry: ["When exactly? I want a day and a time."],
    irate: ["I've heard 'soon' before. Give me a date or don't bother."],
  },
  waver: {
    calm: ["Hmm. I don't know. Maybe? What would you do?"],
    upset: ["I... I'm not sure. Is that really the best option?"],
    angry: ["I don't know. I don't want to make the wrong call here."],
    irate: ["I can't think straight right now."],
  },
  not_convinced: {
    calm: ['Okay... I suppose.'],
    upset: ["That's something, I suppose. I'm still not happy about how I've been treated."],
    angry: ["That's all very well, but I'm still furious about the way this has gone."],
    irate: ["Promises. I'll believe it when I see it."],
  },
  hold_granted: {
    calm: ['Sure, no problem.', 'Yes, that\'s fine.'],
    upset: ["Fine. Don't be long."],
    angry: ["If you must. Not for long."],
    irate: ['Fine. Hurry up.'],
  },
  hold_refused: {
    calm: ["I'd rather not, if that's okay."],
    upset: ["No, I don't want to be put on hold again."],
    angry: ["No. I've been on hold enough today."],
    irate: ["Absolutely not. Don't you dare put me on hold."],
  },
  hold_resumed: {
    calm: ['Yes, I\'m here.', "Hi, yes."],
    upset: ["Yes, still here."],
    angry: ["Finally."],
    irate: ["About time."],
  },
  hold_no_permission: {
    calm: ["Oh, you're back. You put me on hold without saying."],
    upset: ["You just put me on hold without even asking."],
    angry: ["Did you just put me on hold without asking? Seriously?"],
    irate: ["You put me on hold without a word! Do you know how rude that is?"],
  },
  checkin: {
    calm: ['Yes, that\'s fine, thanks for checking.'],
    upset: ["Okay. Thanks for letting me know."],
    angry: ["Fine. Just hurry up."],
    irate: ["How much longer?"],
  },
  checkin_missed: {
    calm: ["I thought you'd forgotten about me."],
    upset: ["I've been sat here for ages with nobody telling me anything."],
    angry: ["You left me on hold forever without a word."],
    irate: ["I was about to hang up. Nobody came back to me at all!"],
  },
  silence: {
    calm: ['Hello? Are you still there?'],
    upset: ["Hello? Have I lost you?"],
    angry: ["Hello?! Is anyone there?"],
    irate: ["Hello?! Don't just leave me hanging!"],
  },
  offtopic: {
    calm: ["Sorry, I'm rambling. Where was I?"],
    upset: ["Anyway, that's beside the point."],
  },
  back_on_track: {
    calm: ['Oh, yes, sorry. Go on.'],
    upset: ['Yes, right. Sorry.'],
    angry: ['Right. Yes.'],
  },
  supervisor_declined: {
    calm: ["No, I don't need a manager, I just need this sorted."],
    upset: ["I don't want to be passed around again. Can't you do it?"],
    angry: ["Don't pass me on. You're here, you fix it."],
  },
  abuse_warned: {
    calm: ['Sorry. I know it\'s not you.'],
    upset: ["Okay. Fine. Sorry."],
    angry: ["Fine. But I'm still angry."],
    irate: ["Fine! Just fix it then."],
  },
  thanks: {
    calm: ['No worries.'],
    upset: ['Mm.'],
    angry: ['Yeah.'],
  },
};
